import { ACTIVITY_TYPES, type ActivityType } from "@prm/domain";
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from "typeorm";
import { sqlIn } from "../../database/sql";
import type { Account } from "../accounts/account.entity";
import type { Contact } from "../accounts/contact.entity";
import type { Opportunity } from "../opportunities/opportunity.entity";
import type { Organization } from "../organizations/organization.entity";
import type { User } from "../users/user.entity";

/** A logged communication (call, email, meeting, note) or a task with a due date. */
// The owner is a user of the record's partner: row-level security relies on it (row-security.ts).
@ForeignKey("User", ["ownerId", "partnerId"], ["id", "organizationId"], {
  name: "activities_owner_of_partner_fkey",
})
@Entity("activities")
@Check("activities_type_check", `"type" IN (${sqlIn(ACTIVITY_TYPES)})`)
@Check("activities_task_due_check", `"type" <> 'TASK' OR "due_at" IS NOT NULL`)
// Open tasks only: a seller's notes and calls, however many, are not in it. The partner after the
// owner answers row-level security's partner condition (sales operations) from the same index.
@Index("activities_owner_partner_due_idx", ["ownerId", "partnerId", "dueAt"], {
  where: `"type" = 'TASK' AND "completed_at" IS NULL`,
})
// Completed tasks are counted from the index alone, sales operations' partner rule included.
@Index("activities_owner_completed_idx", ["ownerId", "completedAt", "partnerId"], {
  where: `"type" = 'TASK' AND "completed_at" IS NOT NULL`,
})
@Index("activities_partner_occurred_idx", ["partnerId", "occurredAt"])
@Index("activities_owner_occurred_idx", ["ownerId", "occurredAt"])
@Index("activities_opportunity_idx", ["opportunityId", "occurredAt"])
export class Activity {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column("uuid")
  partnerId: string;

  @ManyToOne("Organization", { onDelete: "CASCADE" })
  @JoinColumn({ name: "partner_id" })
  partner?: Organization;

  @Column("uuid")
  ownerId: string;

  @ManyToOne("User", { onDelete: "RESTRICT" })
  @JoinColumn({ name: "owner_id" })
  owner?: User;

  @Column("varchar", { length: 16 })
  type: ActivityType;

  @Column("varchar", { length: 200 })
  subject: string;

  @Column("text", { nullable: true })
  body: string | null;

  @Index()
  @Column("uuid", { nullable: true })
  accountId: string | null;

  @ManyToOne("Account", { nullable: true, onDelete: "SET NULL" })
  @JoinColumn({ name: "account_id" })
  account?: Account | null;

  @Index()
  @Column("uuid", { nullable: true })
  contactId: string | null;

  @ManyToOne("Contact", { nullable: true, onDelete: "SET NULL" })
  @JoinColumn({ name: "contact_id" })
  contact?: Contact | null;

  @Column("uuid", { nullable: true })
  opportunityId: string | null;

  @ManyToOne("Opportunity", { nullable: true, onDelete: "CASCADE" })
  @JoinColumn({ name: "opportunity_id" })
  opportunity?: Opportunity | null;

  /** When the communication happened (for tasks: when it was created). */
  @Column("timestamptz")
  occurredAt: Date;

  @Column("timestamptz", { nullable: true })
  dueAt: Date | null;

  @Column("timestamptz", { nullable: true })
  completedAt: Date | null;

  @CreateDateColumn({ type: "timestamptz" })
  createdAt: Date;

  @UpdateDateColumn({ type: "timestamptz" })
  updatedAt: Date;
}
