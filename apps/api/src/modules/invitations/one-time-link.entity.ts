import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from "typeorm";
import { sqlIn } from "../../database/sql";
import type { User } from "../users/user.entity";

export const ONE_TIME_LINK_PURPOSES = ["INVITATION", "PASSWORD_RESET"] as const;
export type OneTimeLinkPurpose = (typeof ONE_TIME_LINK_PURPOSES)[number];

/**
 * An invitation or password-reset link: a random token shown once to whoever made it, stored only
 * as its SHA-256. It sets the user's password once, before it expires; a newer link for the same
 * user and purpose replaces it.
 */
@Entity("one_time_links")
@Check("one_time_links_purpose_check", `"purpose" IN (${sqlIn(ONE_TIME_LINK_PURPOSES)})`)
@Index("one_time_links_user_purpose_idx", ["userId", "purpose", "createdAt"])
export class OneTimeLink {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column("uuid")
  userId: string;

  @ManyToOne("User", { onDelete: "CASCADE" })
  @JoinColumn({ name: "user_id" })
  user?: User;

  @Column("varchar", { length: 16 })
  purpose: OneTimeLinkPurpose;

  @Index("one_time_links_token_hash_key", { unique: true })
  @Column("char", { length: 64 })
  tokenHash: string;

  /** Who made it (an administrator); null once they are deleted. */
  @Column("uuid", { nullable: true })
  createdById: string | null;

  @ManyToOne("User", { nullable: true, onDelete: "SET NULL" })
  @JoinColumn({ name: "created_by_id" })
  createdBy?: User | null;

  @CreateDateColumn({ type: "timestamptz" })
  createdAt: Date;

  @Column("timestamptz")
  expiresAt: Date;

  /** When it set the password. */
  @Column("timestamptz", { nullable: true })
  usedAt: Date | null;

  /** When a newer link replaced it, or its user was deactivated. */
  @Column("timestamptz", { nullable: true })
  revokedAt: Date | null;
}
