import { OPPORTUNITY_STAGES, type OpportunityStage } from "@prm/domain";
import {
  Check,
  Column,
  Entity,
  ForeignKey,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from "typeorm";
import { sqlIn } from "../../database/sql";
import type { User } from "../users/user.entity";
import type { Opportunity } from "./opportunity.entity";

/**
 * History of stage moves, for win/loss analysis and pipeline trends. Each carries its
 * opportunity's partner and owner, kept equal by the foreign key (a reassignment cascades), so
 * that row-level security checks them as it checks the opportunity's own, instead of looking the
 * opportunity up for every change.
 */
@ForeignKey(
  "Opportunity",
  ["opportunityId", "partnerId", "ownerId"],
  ["id", "partnerId", "ownerId"],
  {
    name: "opportunity_stage_changes_of_opportunity_fkey",
    onDelete: "CASCADE",
    onUpdate: "CASCADE",
  },
)
@Entity("opportunity_stage_changes")
@Check("opportunity_stage_changes_to_check", `"to_stage" IN (${sqlIn(OPPORTUNITY_STAGES)})`)
@Check(
  "opportunity_stage_changes_from_check",
  `"from_stage" IS NULL OR "from_stage" IN (${sqlIn(OPPORTUNITY_STAGES)})`,
)
@Check("opportunity_stage_changes_amount_check", `"amount" >= 0`)
@Index("opportunity_stage_changes_opportunity_idx", ["opportunityId", "changedAt"])
export class OpportunityStageChange {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column("uuid")
  opportunityId: string;

  // Its foreign key is the one on (opportunity_id, partner_id, owner_id) above.
  @ManyToOne("Opportunity", { createForeignKeyConstraints: false })
  @JoinColumn({ name: "opportunity_id" })
  opportunity?: Opportunity;

  /** The opportunity's partner. */
  @Column("uuid")
  partnerId: string;

  /** The opportunity's owner. */
  @Column("uuid")
  ownerId: string;

  /** Null for the opportunity's first stage. */
  @Column("varchar", { length: 16, nullable: true })
  fromStage: OpportunityStage | null;

  @Column("varchar", { length: 16 })
  toStage: OpportunityStage;

  /** The opportunity's amount when it moved. */
  @Column("numeric", { precision: 14, scale: 2 })
  amount: string;

  @Column("uuid", { nullable: true })
  changedById: string | null;

  @ManyToOne("User", { nullable: true, onDelete: "SET NULL" })
  @JoinColumn({ name: "changed_by_id" })
  changedBy?: User | null;

  @Column("timestamptz", { default: () => "now()" })
  changedAt: Date;

  /** Why it was reopened (reopenings only). */
  @Column("varchar", { length: 2000, nullable: true })
  reason: string | null;
}
