import { Route, Routes } from "react-router";
import { NotFoundInPortal } from "../../../app/shell/NotFoundInPortal";
import { AccountPage } from "./AccountPage";
import { AccountsListPage } from "./AccountsListPage";

/** The "Accounts" section: the list and each account's page. */
export function AccountRoutes() {
  return (
    <Routes>
      <Route index element={<AccountsListPage />} />
      <Route path=":accountId" element={<AccountPage />} />
      <Route path="*" element={<NotFoundInPortal />} />
    </Routes>
  );
}
