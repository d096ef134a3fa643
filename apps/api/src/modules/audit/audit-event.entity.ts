import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from "typeorm";
import type { Organization } from "../organizations/organization.entity";
import type { User } from "../users/user.entity";

/** Who did what to which record, and when; written in the same transaction as the change. */
@Entity("audit_events")
@Index("audit_events_entity_idx", ["entityType", "entityId", "createdAt"])
@Index("audit_events_partner_idx", ["partnerId", "createdAt"])
export class AuditEvent {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  /** The partner organization the record belongs to (for scoping), when there is one. */
  @Column("uuid", { nullable: true })
  partnerId: string | null;

  @ManyToOne("Organization", { nullable: true, onDelete: "CASCADE" })
  @JoinColumn({ name: "partner_id" })
  partner?: Organization | null;

  /** Null for the system (e.g. the protection expiry job). */
  @Column("uuid", { nullable: true })
  actorId: string | null;

  @ManyToOne("User", { nullable: true, onDelete: "SET NULL" })
  @JoinColumn({ name: "actor_id" })
  actor?: User | null;

  @Column("varchar", { length: 40 })
  entityType: string;

  @Column("uuid")
  entityId: string;

  @Column("varchar", { length: 40 })
  action: string;

  @Column("varchar", { length: 32, nullable: true })
  fromStatus: string | null;

  @Column("varchar", { length: 32, nullable: true })
  toStatus: string | null;

  @Column("text", { nullable: true })
  note: string | null;

  @Column("jsonb", { nullable: true })
  data: Record<string, unknown> | null;

  @CreateDateColumn({ type: "timestamptz" })
  createdAt: Date;
}
