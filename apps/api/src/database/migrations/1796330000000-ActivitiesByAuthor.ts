import type { MigrationInterface, QueryRunner } from "typeorm";

/** An author's activities, newest first: the activities list of a seller or a sales manager. */
export class ActivitiesByAuthor1796330000000 implements MigrationInterface {
  name = "ActivitiesByAuthor1796330000000";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "activities_owner_occurred_idx" ON "activities" ("owner_id", "occurred_at") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."activities_owner_occurred_idx"`);
  }
}
