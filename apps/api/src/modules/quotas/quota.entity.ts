import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from "typeorm";
import type { Organization } from "../organizations/organization.entity";
import type { User } from "../users/user.entity";

/**
 * A sales target for a half-open date range [periodStart, periodEnd): for a whole partner
 * organization (userId null) or for one of its sellers.
 */
@Entity("quotas")
@Check("quotas_amount_check", `"amount" >= 0`)
@Check("quotas_period_check", `"period_end" > "period_start"`)
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
