import type { MigrationInterface, QueryRunner } from "typeorm";

export class ApiTokensExpire1796193055770 implements MigrationInterface {
  name = "ApiTokensExpire1796193055770";

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Tokens made to last forever get the default life (90 days) from when they were made; the
    // older ones stop working now and have to be made again (from a signed-in session).
    await queryRunner.query(
      `UPDATE "api_tokens" SET "expires_at" = "created_at" + interval '90 days' WHERE "expires_at" IS NULL`,
    );
    await queryRunner.query(`ALTER TABLE "api_tokens" ALTER COLUMN "expires_at" SET NOT NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "api_tokens" ALTER COLUMN "expires_at" DROP NOT NULL`);
  }
}
