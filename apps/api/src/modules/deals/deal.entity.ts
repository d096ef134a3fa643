import { DEAL_STATUSES, type DealStatus } from "@prm/domain";
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Generated,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from "typeorm";
import { sqlIn } from "../../database/sql";
import type { Account } from "../accounts/account.entity";
import type { Organization } from "../organizations/organization.entity";
import type { Territory } from "../territories/territory.entity";
import type { User } from "../users/user.entity";

/** A deal registration: a partner's claim on a prospective sale. */
// The owner is a user of the record's partner: row-level security relies on it (row-security.ts).
@ForeignKey("User", ["ownerId", "partnerId"], ["id", "organizationId"], {
  name: "deals_owner_of_partner_fkey",
})
// Its account is one of its partner's: the accounts' counts rely on it (account-business.ts,
// whose key clears only account_id when the account goes).
@ForeignKey("Account", ["accountId", "partnerId"], ["id", "partnerId"], {
  name: "deals_account_of_partner_fkey",
  onDelete: "SET NULL",
})
@Entity("deals")
@Check("deals_status_check", `"status" IN (${sqlIn(DEAL_STATUSES)})`)
@Check("deals_estimated_amount_check", `"estimated_amount" >= 0`)
// A withdrawn draft was never submitted; every other status past DRAFT was.
@Check("deals_submitted_check", `"status" IN ('DRAFT', 'WITHDRAWN') OR "submitted_at" IS NOT NULL`)
@Check(
  "deals_protection_check",
  `"status" NOT IN ('APPROVED', 'EXPIRED') OR "protection_expires_at" IS NOT NULL`,
)
@Index("deals_partner_status_idx", ["partnerId", "status", "createdAt"])
@Index("deals_owner_status_idx", ["ownerId", "status", "createdAt"])
@Index("deals_status_submitted_idx", ["status", "submittedAt"])
@Index("deals_status_protection_idx", ["status", "protectionExpiresAt"])
@Index("deals_normalized_domain_idx", ["normalizedDomain"])
@Index("deals_owner_idempotency_key", ["ownerId", "idempotencyKey"], {
  unique: true,
  where: `"idempotency_key" IS NOT NULL`,
})
export class Deal {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  /** Human-facing number, shown as DR-000123. */
  @Index("deals_number_key", { unique: true })
  @Column("integer")
  @Generated("increment")
  number: number;

  @Column("uuid")
  partnerId: string;

  @ManyToOne("Organization", { onDelete: "RESTRICT" })
  @JoinColumn({ name: "partner_id" })
  partner?: Organization;

  @Column("uuid")
  ownerId: string;

  @ManyToOne("User", { onDelete: "RESTRICT" })
  @JoinColumn({ name: "owner_id" })
  owner?: User;

  @Index()
  @Column("uuid", { nullable: true })
  accountId: string | null;

  // Its foreign key is the one above, with the partner.
  @ManyToOne("Account", { nullable: true, createForeignKeyConstraints: false })
  @JoinColumn({ name: "account_id" })
  account?: Account | null;

  @Column("varchar", { length: 16, default: "DRAFT" })
  status: DealStatus;

  @Column("varchar", { length: 200 })
  customerName: string;

  @Column("varchar", { length: 253 })
  customerDomain: string;

  /** normalizeCompanyName(customerName), matched by trigram similarity (GIN index in the migration). */
  @Index("deals_normalized_name_trgm_idx", { synchronize: false })
  @Column("varchar", { length: 200 })
  normalizedName: string;

  /** normalizeDomain(customerDomain), matched exactly. */
  @Column("varchar", { length: 253 })
  normalizedDomain: string;

  @Column("varchar", { length: 200, nullable: true })
  contactName: string | null;

  @Column("varchar", { length: 254, nullable: true })
  contactEmail: string | null;

  @Column("numeric", { precision: 14, scale: 2 })
  estimatedAmount: string;

  @Column("date")
  expectedCloseDate: string;

  @Column("text", { array: true, default: () => "'{}'" })
  products: string[];

  @Index()
  @Column("uuid", { nullable: true })
  territoryId: string | null;

  @ManyToOne("Territory", { nullable: true, onDelete: "SET NULL" })
  @JoinColumn({ name: "territory_id" })
  territory?: Territory | null;

  @Column("text", { nullable: true })
  description: string | null;

  @Column("timestamptz", { nullable: true })
  submittedAt: Date | null;

  @Column("timestamptz", { nullable: true })
  decidedAt: Date | null;

  @Column("uuid", { nullable: true })
  decidedById: string | null;

  @ManyToOne("User", { nullable: true, onDelete: "SET NULL" })
  @JoinColumn({ name: "decided_by_id" })
  decidedBy?: User | null;

  /** Approval note, or the reason for returning / rejecting. */
  @Column("text", { nullable: true })
  decisionNote: string | null;

  /** Why the channel manager approved over an active protected conflict. */
  @Column("text", { nullable: true })
  overrideReason: string | null;

  @Column("timestamptz", { nullable: true })
  protectionExpiresAt: Date | null;

  @Column("varchar", { length: 100, nullable: true })
  idempotencyKey: string | null;

  /** Bumped by every conditional state transition. */
  @Column("integer", { default: 1 })
  version: number;

  @CreateDateColumn({ type: "timestamptz" })
  createdAt: Date;

  @UpdateDateColumn({ type: "timestamptz" })
  updatedAt: Date;
}
