import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from "typeorm";
import type { User } from "../users/user.entity";

/** An in-app notification for one user. */
@Entity("notifications")
@Index("notifications_user_created_idx", ["userId", "createdAt"])
@Index("notifications_user_unread_idx", ["userId"], { where: `"read_at" IS NULL` })
export class Notification {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column("uuid")
  userId: string;

  @ManyToOne("User", { onDelete: "CASCADE" })
  @JoinColumn({ name: "user_id" })
  user?: User;

  @Column("varchar", { length: 40 })
  type: string;

  @Column("varchar", { length: 200 })
  title: string;

  @Column("text", { nullable: true })
  body: string | null;

  @Column("varchar", { length: 40, nullable: true })
  entityType: string | null;

  @Column("uuid", { nullable: true })
  entityId: string | null;

  @Column("timestamptz", { nullable: true })
  readAt: Date | null;

  @CreateDateColumn({ type: "timestamptz" })
  createdAt: Date;
}
