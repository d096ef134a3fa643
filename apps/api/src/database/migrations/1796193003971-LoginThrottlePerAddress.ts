import type { MigrationInterface, QueryRunner } from "typeorm";

export class LoginThrottlePerAddress1796193003971 implements MigrationInterface {
  name = "LoginThrottlePerAddress1796193003971";

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Failures were counted per email; they are now per email and address, with a window end
    // instead of a start. The counts are short-lived: start them over rather than convert them.
    await queryRunner.query(`DELETE FROM "login_throttle"`);
    await queryRunner.query(`ALTER TABLE "login_throttle" DROP COLUMN "window_started_at"`);
    await queryRunner.query(
      `ALTER TABLE "login_throttle" ADD "window_ends_at" TIMESTAMP WITH TIME ZONE NOT NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "login_throttle" ADD "lockouts" integer NOT NULL DEFAULT '0'`,
    );
    await queryRunner.query(
      `ALTER TABLE "login_throttle" DROP CONSTRAINT "PK_14c03bac82292a8310c54cb98d0"`,
    );
    await queryRunner.query(`ALTER TABLE "login_throttle" DROP COLUMN "key"`);
    await queryRunner.query(
      `ALTER TABLE "login_throttle" ADD "key" character varying(330) NOT NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "login_throttle" ADD CONSTRAINT "PK_14c03bac82292a8310c54cb98d0" PRIMARY KEY ("key")`,
    );
    await queryRunner.query(
      `ALTER TABLE "login_throttle" ADD CONSTRAINT "login_throttle_lockouts_check" CHECK ("lockouts" >= 0)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "login_throttle"`);
    await queryRunner.query(
      `ALTER TABLE "login_throttle" DROP CONSTRAINT "login_throttle_lockouts_check"`,
    );
    await queryRunner.query(
      `ALTER TABLE "login_throttle" DROP CONSTRAINT "PK_14c03bac82292a8310c54cb98d0"`,
    );
    await queryRunner.query(`ALTER TABLE "login_throttle" DROP COLUMN "key"`);
    await queryRunner.query(
      `ALTER TABLE "login_throttle" ADD "key" character varying(300) NOT NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "login_throttle" ADD CONSTRAINT "PK_14c03bac82292a8310c54cb98d0" PRIMARY KEY ("key")`,
    );
    await queryRunner.query(`ALTER TABLE "login_throttle" DROP COLUMN "lockouts"`);
    await queryRunner.query(`ALTER TABLE "login_throttle" DROP COLUMN "window_ends_at"`);
    await queryRunner.query(
      `ALTER TABLE "login_throttle" ADD "window_started_at" TIMESTAMP WITH TIME ZONE NOT NULL`,
    );
  }
}
