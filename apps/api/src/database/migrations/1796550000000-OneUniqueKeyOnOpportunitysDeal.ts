import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * An opportunity's deal was unique twice: by the one-to-one relation's constraint and by an index
 * of its own, which every insert and every conversion of a deal paid for again.
 */
export class OneUniqueKeyOnOpportunitysDeal1796550000000 implements MigrationInterface {
  name = "OneUniqueKeyOnOpportunitysDeal1796550000000";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."opportunities_deal_id_key"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE UNIQUE INDEX "opportunities_deal_id_key" ON "opportunities" ("deal_id")`,
    );
  }
}
