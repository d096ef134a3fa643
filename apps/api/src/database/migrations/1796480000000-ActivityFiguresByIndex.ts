import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Open tasks are indexed alone (not every note and call without a completion time), and
 * completed tasks by completion time: a team's activity figures and "My tasks" read only their
 * own rows, however many activities a seller logs.
 */
export class ActivityFiguresByIndex1796480000000 implements MigrationInterface {
  name = "ActivityFiguresByIndex1796480000000";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."activities_owner_due_idx"`);
    await queryRunner.query(
      `CREATE INDEX "activities_owner_due_idx" ON "activities" ("owner_id", "due_at") WHERE "type" = 'TASK' AND "completed_at" IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "activities_owner_completed_idx" ON "activities" ("owner_id", "completed_at") WHERE "type" = 'TASK' AND "completed_at" IS NOT NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."activities_owner_completed_idx"`);
    await queryRunner.query(`DROP INDEX "public"."activities_owner_due_idx"`);
    await queryRunner.query(
      `CREATE INDEX "activities_owner_due_idx" ON "activities" ("owner_id", "due_at") WHERE "completed_at" IS NULL`,
    );
  }
}
