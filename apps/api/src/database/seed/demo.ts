import type { DataSource } from "typeorm";
import { hashPassword } from "../../auth/passwords";
import { Account } from "../../modules/accounts/account.entity";
import { Contact } from "../../modules/accounts/contact.entity";
import { Organization } from "../../modules/organizations/organization.entity";
import { Territory } from "../../modules/territories/territory.entity";
import { User } from "../../modules/users/user.entity";
import { DEMO_PASSWORD } from "./constants";
import { buildDemoCustomers, type DemoCustomers } from "./demo-customers";
import { buildDemoOrganizations, type DemoOrganizations } from "./demo-people";
import { createFaker } from "./faker";
import { inTransaction, insertEntities, insertRows, type SeedSql } from "./runner";
import { salesSteps, type SalesScale } from "./sales";
import { runSteps, type SeedStep } from "./steps";
import { assertDatabaseEmpty, countRows, type SeedCounts } from "./tables";
import { addDays, seedWindow } from "./window";

export { isDatabaseEmpty } from "./tables";
export type { SeedCounts } from "./tables";

/** Twelve partners' worth of registrations and pipeline. */
export const DEMO_SCALE: SalesScale = { deals: 300, opportunities: 600, batchSize: 10_000 };

/**
 * The demo dataset (see constants.ts for its fixed ids and logins), in one transaction.
 * Deterministic for a given `now`; dates are relative to it so the data never goes stale.
 */
export async function seedDemo(
  ds: DataSource,
  options: { now?: Date; log?: (line: string) => void } = {},
): Promise<SeedCounts> {
  await assertDatabaseEmpty(ds);
  const window = seedWindow(options.now ?? new Date());
  const [faker, passwordHash] = await Promise.all([createFaker(), hashPassword(DEMO_PASSWORD)]);
  const organizations = buildDemoOrganizations(faker, passwordHash, addDays(window.from, -90));
  const customers = buildDemoCustomers(faker, organizations.teams, window);
  await inTransaction(ds, (sql) =>
    runSteps(
      [
        ...demoPeopleSteps(ds, sql, organizations, customers),
        ...salesSteps(sql, window, DEMO_SCALE),
      ],
      { log: options.log ?? (() => undefined), progress: false },
    ),
  );
  return countRows(ds);
}

function demoPeopleSteps(
  ds: DataSource,
  sql: SeedSql,
  people: DemoOrganizations,
  customers: DemoCustomers,
): SeedStep[] {
  return [
    {
      table: "organizations",
      run: () => insertEntities(sql, ds, Organization, people.organizations),
    },
    {
      table: "users",
      async run() {
        const users = await insertEntities(sql, ds, User, people.users);
        await sql.run(
          `UPDATE organizations o SET channel_manager_id = a.user_id
             FROM unnest($1::uuid[], $2::uuid[]) AS a(organization_id, user_id)
            WHERE o.id = a.organization_id`,
          [
            people.channelManagerOf.map((a) => a.organizationId),
            people.channelManagerOf.map((a) => a.userId),
          ],
        );
        return users;
      },
    },
    { table: "territories", run: () => insertEntities(sql, ds, Territory, people.territories) },
    {
      table: "user_territories",
      run: () =>
        insertRows(
          sql,
          "user_territories",
          ["territory_id", "user_id"],
          people.userTerritories.map((row) => [row.territoryId, row.userId]),
        ),
    },
    { table: "accounts", run: () => insertEntities(sql, ds, Account, customers.accounts) },
    { table: "contacts", run: () => insertEntities(sql, ds, Contact, customers.contacts) },
  ];
}
