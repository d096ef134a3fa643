import {
  ORGANIZATION_KINDS,
  PARTNER_TIERS,
  type OrganizationKind,
  type PartnerTier,
} from "@prm/domain";
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from "typeorm";
import { sqlIn } from "../../database/sql";

@Entity("organizations")
@Check("organizations_kind_check", `"kind" IN (${sqlIn(ORGANIZATION_KINDS)})`)
@Check(
  "organizations_tier_check",
  `("kind" = 'VENDOR' AND "tier" IS NULL) OR ("kind" = 'PARTNER' AND "tier" IN (${sqlIn(PARTNER_TIERS)}))`,
)
@Check(
  "organizations_vendor_unassigned_check",
  `"kind" = 'PARTNER' OR "channel_manager_id" IS NULL`,
)
export class Organization {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column("varchar", { length: 200 })
  name: string;

  @Column("varchar", { length: 16 })
  kind: OrganizationKind;

  @Column("varchar", { length: 16, nullable: true })
  tier: PartnerTier | null;

  /** The vendor's channel manager responsible for this partner (a key only: users refer to
   * their organization, and a relation both ways would make the two entities import each other). */
  @Index()
  @Column("uuid", { nullable: true })
  @ForeignKey("User", { onDelete: "SET NULL" })
  channelManagerId: string | null;

  @Column("varchar", { length: 253, nullable: true })
  website: string | null;

  /** The partner's web domain, normalized ("acme.example"); one partner per domain. */
  @Index("organizations_domain_key", { unique: true, where: `"domain" IS NOT NULL` })
  @Column("varchar", { length: 253, nullable: true })
  domain: string | null;

  /**
   * False once deactivated: its users can neither sign in nor use their sessions and tokens; its
   * records stay, and still count in history and metrics.
   */
  @Column("boolean", { default: true })
  active: boolean;

  @Column("varchar", { length: 100, nullable: true })
  country: string | null;

  @CreateDateColumn({ type: "timestamptz" })
  createdAt: Date;

  @UpdateDateColumn({ type: "timestamptz" })
  updatedAt: Date;
}
