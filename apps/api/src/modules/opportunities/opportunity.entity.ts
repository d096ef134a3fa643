import {
  LOSS_REASONS,
  OPEN_STAGES,
  OPPORTUNITY_STAGES,
  type LossReason,
  type OpportunityStage,
} from "@prm/domain";
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  JoinColumn,
  ManyToOne,
  OneToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from "typeorm";
import { sqlIn } from "../../database/sql";
import type { Account } from "../accounts/account.entity";
import type { Deal } from "../deals/deal.entity";
import type { Organization } from "../organizations/organization.entity";
import type { User } from "../users/user.entity";

/**
 * A partner's sale in progress, created when a deal registration is approved.
 * `closedAt` is when it was won or lost (the metrics' close date); open ones have an expected date.
 */
// The owner is a user of the record's partner: row-level security relies on it (row-security.ts).
@ForeignKey("User", ["ownerId", "partnerId"], ["id", "organizationId"], {
  name: "opportunities_owner_of_partner_fkey",
})
// Its account is one of its partner's: the accounts' counts rely on it (account-business.ts,
// whose key clears only account_id when the account goes).
@ForeignKey("Account", ["accountId", "partnerId"], ["id", "partnerId"], {
  name: "opportunities_account_of_partner_fkey",
  onDelete: "SET NULL",
})
@Entity("opportunities")
// What its stage changes point at, so that they carry its partner and owner (row-security.ts).
@Unique("opportunities_id_partner_owner_key", ["id", "partnerId", "ownerId"])
@Check("opportunities_stage_check", `"stage" IN (${sqlIn(OPPORTUNITY_STAGES)})`)
@Check("opportunities_amount_check", `"amount" >= 0`)
@Check("opportunities_probability_check", `"probability" BETWEEN 0 AND 100`)
@Check(
  "opportunities_closed_check",
  `("stage" IN ('CLOSED_WON', 'CLOSED_LOST')) = ("closed_at" IS NOT NULL)`,
)
@Check("opportunities_loss_reason_check", `"stage" <> 'CLOSED_LOST' OR "loss_reason" IS NOT NULL`)
@Check("opportunities_loss_reason_value_check", `"loss_reason" IN (${sqlIn(LOSS_REASONS)})`)
// The metrics' indexes: amount (and probability) trail the keys so that the aggregates are
// index-only scans. The open ones' predicate is, verbatim, the metrics' OPEN_STAGE_CONDITION.
// The owner ones end with the partner: sales operations' row-level security rule (partner_id) is
// checked in the index, so their team's figures stay index-only too.
@Index("opportunities_partner_stage_closed_idx", ["partnerId", "stage", "closedAt", "amount"])
@Index("opportunities_owner_stage_closed_idx", [
  "ownerId",
  "stage",
  "closedAt",
  "amount",
  "partnerId",
])
@Index(
  "opportunities_partner_open_expected_idx",
  ["partnerId", "expectedCloseDate", "stage", "amount", "probability"],
  { where: `"stage" IN (${sqlIn(OPEN_STAGES)})` },
)
@Index(
  "opportunities_owner_open_expected_idx",
  ["ownerId", "expectedCloseDate", "stage", "amount", "probability", "partnerId"],
  { where: `"stage" IN (${sqlIn(OPEN_STAGES)})` },
)
@Index("opportunities_stage_closed_idx", ["stage", "closedAt"])
// The accounts a channel manager or sales ops reach through their partners' opportunities.
@Index("opportunities_partner_account_idx", ["partnerId", "accountId"])
// The lists' and the board's default order over many partners (the vendor side): open ones by
// expected close date, then id. The id being unique, the columns after it only ride along, so
// that a page's ids are found in the index alone — the scope (partner, owner) and stage checked
// there — before its rows are read.
// The same order within one partner, for the partner side and a channel manager's partners: a
// sales manager's team (owners) and the board's stages are checked in the index too.
@Index(
  "opportunities_partner_open_close_date_idx",
  ["partnerId", "expectedCloseDate", "id", "ownerId", "stage"],
  { where: `"stage" IN (${sqlIn(OPEN_STAGES)})` },
)
@Index(
  "opportunities_open_close_date_idx",
  ["expectedCloseDate", "id", "partnerId", "ownerId", "stage"],
  { where: `"stage" IN (${sqlIn(OPEN_STAGES)})` },
)
export class Opportunity {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  /** The approved registration this opportunity came from (one each: the one-to-one's key). */
  @Column("uuid", { nullable: true })
  dealId: string | null;

  @OneToOne("Deal", { nullable: true, onDelete: "SET NULL" })
  @JoinColumn({ name: "deal_id" })
  deal?: Deal | null;

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

  @Column("varchar", { length: 200 })
  name: string;

  @Column("numeric", { precision: 14, scale: 2 })
  amount: string;

  @Column("varchar", { length: 16, default: "QUALIFICATION" })
  stage: OpportunityStage;

  /** Percent; defaults to the stage's probability from the domain package. */
  @Column("smallint")
  probability: number;

  @Column("date")
  expectedCloseDate: string;

  @Column("timestamptz", { nullable: true })
  closedAt: Date | null;

  /** Set when closed lost; kept if it is reopened, cleared when it is won. */
  @Column("varchar", { length: 16, nullable: true })
  lossReason: LossReason | null;

  /** The seller's own words on the loss, besides the reason from the fixed list. */
  @Column("varchar", { length: 2000, nullable: true })
  lossNote: string | null;

  @Column("varchar", { length: 500, nullable: true })
  nextStep: string | null;

  /** When the latest activity on it happened; kept by logging, editing and deleting activities. */
  @Column("timestamptz", { nullable: true })
  lastActivityAt: Date | null;

  @Column("integer", { default: 1 })
  version: number;

  @CreateDateColumn({ type: "timestamptz" })
  createdAt: Date;

  @UpdateDateColumn({ type: "timestamptz" })
  updatedAt: Date;
}
