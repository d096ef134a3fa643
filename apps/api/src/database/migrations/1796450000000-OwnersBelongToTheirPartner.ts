import type { MigrationInterface, QueryRunner } from "typeorm";
import { applyRowSecurity } from "../row-security";

/** The records whose owner (or quota holder) must be a user of the record's partner. */
const OWNED = [
  { table: "deals", user: "owner_id", partner: "partner_id" },
  { table: "opportunities", user: "owner_id", partner: "partner_id" },
  { table: "activities", user: "owner_id", partner: "partner_id" },
  // A partner's own quota has no user_id: MATCH SIMPLE leaves it unchecked.
  { table: "quotas", user: "user_id", partner: "organization_id" },
] as const;

const constraintName = (table: string) => `${table}_owner_of_partner_fkey`;

/**
 * A record's owner belongs to the record's partner — the app always wrote it so; now the database
 * says so too. With that guaranteed, a seller's row-level policy is `owner_id = me` alone (the
 * partner follows from it), which the owner indexes answer without reading the row. The
 * policies are made again from row-security.ts, with that rule and a channel manager's
 * organizations rule written as the list of their partners.
 */
export class OwnersBelongToTheirPartner1796450000000 implements MigrationInterface {
  name = "OwnersBelongToTheirPartner1796450000000";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "users" ADD CONSTRAINT "users_id_organization_key" UNIQUE ("id", "organization_id")`,
    );
    for (const { table, user, partner } of OWNED) {
      await queryRunner.query(
        `ALTER TABLE "${table}" ADD CONSTRAINT "${constraintName(table)}" FOREIGN KEY ("${user}", "${partner}") REFERENCES "users"("id", "organization_id")`,
      );
    }
    await applyRowSecurity(queryRunner);
  }

  // The policies stay as row-security.ts has them: reverting this needs a later rule to match.
  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const { table } of OWNED) {
      await queryRunner.query(`ALTER TABLE "${table}" DROP CONSTRAINT "${constraintName(table)}"`);
    }
    await queryRunner.query(`ALTER TABLE "users" DROP CONSTRAINT "users_id_organization_key"`);
  }
}
