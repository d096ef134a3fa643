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

/** How often, at most, a token's use is recorded in lastUsedAt. */
export const API_TOKEN_USE_RECORDED_EVERY_SECONDS = 60;

/** A bearer token for other apps, made from a signed-in session; only its SHA-256 is stored. */
@Entity("api_tokens")
export class ApiToken {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Index()
  @Column("uuid")
  userId: string;

  @ManyToOne("User", { onDelete: "CASCADE" })
  @JoinColumn({ name: "user_id" })
  user?: User;

  @Column("varchar", { length: 100 })
  name: string;

  @Index("api_tokens_token_hash_key", { unique: true })
  @Column("char", { length: 64 })
  tokenHash: string;

  /** First characters of the token, shown in lists so people can tell tokens apart. */
  @Column("varchar", { length: 12 })
  prefix: string;

  @CreateDateColumn({ type: "timestamptz" })
  createdAt: Date;

  @Column("timestamptz")
  expiresAt: Date;

  /** When it was last used, to the minute (API_TOKEN_USE_RECORDED_EVERY_SECONDS). */
  @Column("timestamptz", { nullable: true })
  lastUsedAt: Date | null;

  @Column("timestamptz", { nullable: true })
  revokedAt: Date | null;
}
