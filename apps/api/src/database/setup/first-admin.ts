import { normalizeEmail, passwordProblem } from "@prm/domain";
import { isEmail } from "class-validator";
import type { DataSource } from "typeorm";
import { hashPassword } from "../../auth/passwords";
import { systemTransaction } from "../principal";
import { Organization } from "../../modules/organizations/organization.entity";
import { User } from "../../modules/users/user.entity";
import { isDatabaseEmpty } from "../seed/tables";

/** What the operator chooses on a production install's first run. */
export interface FirstAdmin {
  vendorName: string;
  adminEmail: string;
  adminName: string;
  password: string;
}

/** A refusal the operator can act on (shown without a stack trace). */
export class SetupError extends Error {
  override readonly name = "SetupError";
}

/** How to create the first admin, as the start command prints it for an empty database. */
export const FIRST_RUN_HINT = [
  "  The database has no users. Create your organization (the vendor) and its first admin:",
  '    pnpm --filter @prm/api create-first-admin -- --vendor "Acme Cloud" --admin-email you@example.com --admin-name "Your Name"',
  "    (in the Docker image: node apps/api/dist/database/setup/cli.js with the same options)",
  "  The password is asked for, or read from SETUP_ADMIN_PASSWORD; never put it on the command line.",
  "  With the embedded database, stop PRM before running it. For the demo data: SEED_ON_START=demo.",
];

/** The operator's choices, trimmed and checked; throws a SetupError listing what is wrong. */
export function checkFirstAdmin(input: FirstAdmin): FirstAdmin {
  const admin = {
    vendorName: input.vendorName.trim(),
    adminEmail: normalizeEmail(input.adminEmail),
    adminName: input.adminName.trim(),
    password: input.password,
  };
  const problems = [
    !admin.vendorName || admin.vendorName.length > 200
      ? "--vendor must be 1 to 200 characters."
      : null,
    !isEmail(admin.adminEmail) || admin.adminEmail.length > 254
      ? "--admin-email must be an email address."
      : null,
    !admin.adminName || admin.adminName.length > 200
      ? "--admin-name must be 1 to 200 characters."
      : null,
    passwordProblem(admin.password),
  ].filter((problem) => problem !== null);
  if (problems.length > 0) throw new SetupError(problems.join("\n"));
  return admin;
}

/**
 * Creates the vendor and its first admin, in one transaction as the system (principal.ts), in a
 * database without users.
 */
export async function createFirstAdmin(ds: DataSource, input: FirstAdmin): Promise<User> {
  const admin = checkFirstAdmin(input);
  const passwordHash = await hashPassword(admin.password);
  return systemTransaction(ds, async (manager) => {
    // A second setup running at the same time waits here, then finds this one's admin.
    await manager.query("LOCK TABLE users IN SHARE ROW EXCLUSIVE MODE");
    if (!(await isDatabaseEmpty(manager))) {
      throw new SetupError(
        "The database already has users: setup only creates the first admin of a new install. " +
          "Sign in as a vendor admin to add users.",
      );
    }
    const vendor = await manager.getRepository(Organization).save({
      kind: "VENDOR",
      name: admin.vendorName,
      tier: null,
      channelManagerId: null,
      website: null,
      country: null,
    });
    return manager.getRepository(User).save({
      organizationId: vendor.id,
      role: "VENDOR_ADMIN",
      email: admin.adminEmail,
      name: admin.adminName,
      managerId: null,
      active: true,
      passwordHash,
      lastLoginAt: null,
    });
  });
}
