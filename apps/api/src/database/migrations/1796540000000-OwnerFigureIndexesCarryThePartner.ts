import type { MigrationInterface, QueryRunner } from "typeorm";

const OPEN = `"stage" IN ('QUALIFICATION', 'DISCOVERY', 'PROPOSAL', 'NEGOTIATION')`;
const COMPLETED_TASK = `"type" = 'TASK' AND "completed_at" IS NOT NULL`;

/** The owner indexes' definitions before (without) and after (with) the partner column. */
const INDEXES = [
  {
    name: "opportunities_owner_stage_closed_idx",
    table: "opportunities",
    columns: `"owner_id", "stage", "closed_at", "amount"`,
    where: "",
  },
  {
    name: "opportunities_owner_open_expected_idx",
    table: "opportunities",
    columns: `"owner_id", "expected_close_date", "stage", "amount", "probability"`,
    where: ` WHERE ${OPEN}`,
  },
  {
    name: "activities_owner_completed_idx",
    table: "activities",
    columns: `"owner_id", "completed_at"`,
    where: ` WHERE ${COMPLETED_TASK}`,
  },
];

/**
 * The owner indexes a team's figures are read from end with the record's partner: sales
 * operations' rule (`partner_id` = their organization) is then checked in the index, and their
 * figures stay index-only scans, as they are without row-level security.
 */
export class OwnerFigureIndexesCarryThePartner1796540000000 implements MigrationInterface {
  name = "OwnerFigureIndexesCarryThePartner1796540000000";

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const { name, table, columns, where } of INDEXES) {
      await queryRunner.query(`DROP INDEX "public"."${name}"`);
      await queryRunner.query(
        `CREATE INDEX "${name}" ON "${table}" (${columns}, "partner_id")${where}`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const { name, table, columns, where } of INDEXES) {
      await queryRunner.query(`DROP INDEX "public"."${name}"`);
      await queryRunner.query(`CREATE INDEX "${name}" ON "${table}" (${columns})${where}`);
    }
  }
}
