import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Exclusion,
  ForeignKey,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from "typeorm";
import type { Organization } from "../organizations/organization.entity";
import type { User } from "../users/user.entity";

/** A calendar month, quarter or year (the domain's QUOTA_PERIOD_KINDS), starting on its first day. */
export const QUOTA_CALENDAR_PERIOD = `extract(day FROM "period_start") = 1 AND (
  "period_end" = ("period_start" + interval '1 month')::date
  OR ("period_end" = ("period_start" + interval '3 months')::date AND extract(month FROM "period_start") IN (1, 4, 7, 10))
  OR ("period_end" = ("period_start" + interval '1 year')::date AND extract(month FROM "period_start") = 1))`;

/**
 * A sales target for a calendar month, quarter or year, as the half-open date range
 * [periodStart, periodEnd): for a whole partner organization (userId null) or for one of its
 * sellers. Two quotas of the same target never overlap (the exclusion constraints).
 */
// A seller's quota is for a user of its organization: row-level security relies on it.
@ForeignKey("User", ["userId", "organizationId"], ["id", "organizationId"], {
  name: "quotas_owner_of_partner_fkey",
})
@Entity("quotas")
@Check("quotas_amount_check", `"amount" >= 0`)
@Check("quotas_period_check", `"period_end" > "period_start"`)
@Check("quotas_calendar_period_check", QUOTA_CALENDAR_PERIOD)
@Exclusion(
  "quotas_partner_overlap_excl",
  `USING gist ("organization_id" WITH =, daterange("period_start", "period_end") WITH &&) WHERE ("user_id" IS NULL)`,
)
@Exclusion(
  "quotas_seller_overlap_excl",
  `USING gist ("user_id" WITH =, daterange("period_start", "period_end") WITH &&) WHERE ("user_id" IS NOT NULL)`,
)
@Index("quotas_org_period_key", ["organizationId", "periodStart", "periodEnd"], {
  unique: true,
  where: `"user_id" IS NULL`,
})
@Index("quotas_user_period_key", ["userId", "periodStart", "periodEnd"], {
  unique: true,
  where: `"user_id" IS NOT NULL`,
})
export class Quota {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column("uuid")
  organizationId: string;

  @ManyToOne("Organization", { onDelete: "CASCADE" })
  @JoinColumn({ name: "organization_id" })
  organization?: Organization;

  @Column("uuid", { nullable: true })
  userId: string | null;

  @ManyToOne("User", { nullable: true, onDelete: "CASCADE" })
  @JoinColumn({ name: "user_id" })
  user?: User | null;

  @Column("date")
  periodStart: string;

  @Column("date")
  periodEnd: string;

  @Column("numeric", { precision: 14, scale: 2 })
  amount: string;

  @Column("uuid", { nullable: true })
  setById: string | null;

  @ManyToOne("User", { nullable: true, onDelete: "SET NULL" })
  @JoinColumn({ name: "set_by_id" })
  setBy?: User | null;

  @CreateDateColumn({ type: "timestamptz" })
  createdAt: Date;

  @UpdateDateColumn({ type: "timestamptz" })
  updatedAt: Date;
}
