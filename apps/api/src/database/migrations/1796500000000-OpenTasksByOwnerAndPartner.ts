import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Open tasks are indexed by owner, then partner: row-level security gives sales operations and a
 * channel manager a partner condition on every activity, and with the partner outside this
 * index the planner combined it with the partner index, reading a whole partner's activities
 * once per person of sales operations' team activity.
 */
export class OpenTasksByOwnerAndPartner1796500000000 implements MigrationInterface {
  name = "OpenTasksByOwnerAndPartner1796500000000";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."activities_owner_due_idx"`);
    await queryRunner.query(
      `CREATE INDEX "activities_owner_partner_due_idx" ON "activities" ("owner_id", "partner_id", "due_at") WHERE "type" = 'TASK' AND "completed_at" IS NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."activities_owner_partner_due_idx"`);
    await queryRunner.query(
      `CREATE INDEX "activities_owner_due_idx" ON "activities" ("owner_id", "due_at") WHERE "type" = 'TASK' AND "completed_at" IS NULL`,
    );
  }
}
