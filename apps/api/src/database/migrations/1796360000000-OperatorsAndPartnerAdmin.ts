import type { MigrationInterface, QueryRunner } from "typeorm";

export class OperatorsAndPartnerAdmin1796360000000 implements MigrationInterface {
  name = "OperatorsAndPartnerAdmin1796360000000";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "one_time_links" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "purpose" character varying(16) NOT NULL, "token_hash" character(64) NOT NULL, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "one_time_links_purpose_check" CHECK ("purpose" IN ('INVITATION', 'PASSWORD_RESET')), CONSTRAINT "PK_a9c0872042c6d77795be5924fa2" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "one_time_links_token_hash_key" ON "one_time_links"  ("token_hash") `);
    await queryRunner.query(`CREATE INDEX "one_time_links_user_purpose_idx" ON "one_time_links"  ("user_id", "purpose", "created_at") `);
    await queryRunner.query(`ALTER TABLE "organizations" ADD "domain" character varying(253)`);
    await queryRunner.query(`ALTER TABLE "organizations" ADD "active" boolean NOT NULL DEFAULT true`);
    await queryRunner.query(`CREATE UNIQUE INDEX "organizations_domain_key" ON "organizations"  ("domain") WHERE "domain" IS NOT NULL`);
    await queryRunner.query(`ALTER TABLE "one_time_links" ADD CONSTRAINT "FK_a2dabfd365675680eba5f3304f8" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "one_time_links" ADD CONSTRAINT "FK_242adc602961deea7bd1b456d46" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "one_time_links" DROP CONSTRAINT "FK_242adc602961deea7bd1b456d46"`);
    await queryRunner.query(`ALTER TABLE "one_time_links" DROP CONSTRAINT "FK_a2dabfd365675680eba5f3304f8"`);
    await queryRunner.query(`DROP INDEX "public"."organizations_domain_key"`);
    await queryRunner.query(`ALTER TABLE "organizations" DROP COLUMN "active"`);
    await queryRunner.query(`ALTER TABLE "organizations" DROP COLUMN "domain"`);
    await queryRunner.query(`DROP INDEX "public"."one_time_links_user_purpose_idx"`);
    await queryRunner.query(`DROP INDEX "public"."one_time_links_token_hash_key"`);
    await queryRunner.query(`DROP TABLE "one_time_links"`);
  }
}
