import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * A draft can be withdrawn without ever being submitted: deals_submitted_check now allows
 * WITHDRAWN without submitted_at. Written by hand — TypeORM's generator does not notice a changed
 * check expression under the same name.
 */
export class WithdrawnDraftsNeverSubmitted1795708019462 implements MigrationInterface {
  name = "WithdrawnDraftsNeverSubmitted1795708019462";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "deals" DROP CONSTRAINT "deals_submitted_check"`);
    await queryRunner.query(
      `ALTER TABLE "deals" ADD CONSTRAINT "deals_submitted_check" CHECK ("status" IN ('DRAFT', 'WITHDRAWN') OR "submitted_at" IS NOT NULL)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "deals" DROP CONSTRAINT "deals_submitted_check"`);
    await queryRunner.query(
      `ALTER TABLE "deals" ADD CONSTRAINT "deals_submitted_check" CHECK ("status" = 'DRAFT' OR "submitted_at" IS NOT NULL)`,
    );
  }
}
