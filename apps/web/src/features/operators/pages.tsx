import { UsersAdministrationPage, type UsersPageTab } from "./UsersAdministrationPage";

/** Sales operations' Operators tab: their organization's people, and the portal's other `tabs`. */
export function OperatorsPage({ tabs }: { tabs?: readonly UsersPageTab[] }) {
  return (
    <UsersAdministrationPage
      title="Operators"
      subtitle="Your organization's people, their roles, managers and territories."
      tabs={tabs}
    />
  );
}

/** The vendor admin's users: channel managers and administrators. */
export function VendorUsersPage() {
  return (
    <UsersAdministrationPage
      title="Vendor users"
      subtitle="Your channel managers and administrators."
    />
  );
}
