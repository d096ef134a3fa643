import { Check, Column, Entity, PrimaryColumn } from "typeorm";

/**
 * Failed login attempts per key ("email:…" or "ip:…") in a fixed window. Kept in PostgreSQL
 * so that every API replica enforces the same limit.
 */
@Entity("login_throttle")
@Check("login_throttle_failures_check", `"failures" >= 0`)
export class LoginThrottle {
  @PrimaryColumn("varchar", { length: 300 })
  key: string;

  @Column("timestamptz")
  windowStartedAt: Date;

  @Column("integer", { default: 0 })
  failures: number;
}
