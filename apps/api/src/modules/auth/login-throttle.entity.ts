import { Check, Column, Entity, PrimaryColumn } from "typeorm";

/**
 * Sign-in attempts per key in the current window: "email:<email>|ip:<address>" (one email from
 * one address) or "ip:<address>". Kept in PostgreSQL so that every API replica enforces the same
 * limits; claimed and counted in one statement (login-throttle.ts).
 */
@Entity("login_throttle")
@Check("login_throttle_failures_check", `"failures" >= 0`)
@Check("login_throttle_lockouts_check", `"lockouts" >= 0`)
export class LoginThrottle {
  /** At most 6 + 254 (an email) + 4 + 64 (an address) characters. */
  @PrimaryColumn("varchar", { length: 330 })
  key: string;

  @Column("timestamptz")
  windowEndsAt: Date;

  /** Attempts in the window that did not succeed (including any still being checked). */
  @Column("integer", { default: 0 })
  failures: number;

  /** Windows in a row that ended locked; each doubles the length of the next. */
  @Column("integer", { default: 0 })
  lockouts: number;
}
