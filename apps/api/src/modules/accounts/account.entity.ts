import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from "typeorm";
import type { Organization } from "../organizations/organization.entity";
import type { User } from "../users/user.entity";

/** A customer company as one partner knows it (each partner keeps its own accounts). */
@Entity("accounts")
@Index("accounts_partner_owner_idx", ["partnerId", "ownerId"])
@Index("accounts_name_idx", ["name", "id"])
// Deals and opportunities name their account with their partner: an account is one partner's.
@Unique("accounts_id_partner_key", ["id", "partnerId"])
export class Account {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column("uuid")
  partnerId: string;

  @ManyToOne("Organization", { onDelete: "CASCADE" })
  @JoinColumn({ name: "partner_id" })
  partner?: Organization;

  @Index()
  @Column("uuid", { nullable: true })
  ownerId: string | null;

  @ManyToOne("User", { nullable: true, onDelete: "SET NULL" })
  @JoinColumn({ name: "owner_id" })
  owner?: User | null;

  @Column("varchar", { length: 200 })
  name: string;

  @Column("varchar", { length: 253, nullable: true })
  domain: string | null;

  /** normalizeCompanyName(name), matched by trigram similarity for conflict detection (GIN index in the migration). */
  @Index("accounts_normalized_name_trgm_idx", { synchronize: false })
  @Column("varchar", { length: 200 })
  normalizedName: string;

  /** normalizeDomain(domain), matched exactly for conflict detection. */
  @Index("accounts_normalized_domain_idx")
  @Column("varchar", { length: 253, nullable: true })
  normalizedDomain: string | null;

  @Column("varchar", { length: 100, nullable: true })
  industry: string | null;

  /** Its business, counted by triggers (database/account-business.ts); never written by a request. */
  @Column("integer", { default: 0 })
  opportunityCount: number;

  @Column("integer", { default: 0 })
  dealCount: number;

  /** Its deals ever submitted: what the vendor side sees of them. */
  @Column("integer", { default: 0 })
  submittedDealCount: number;

  @CreateDateColumn({ type: "timestamptz" })
  createdAt: Date;

  @UpdateDateColumn({ type: "timestamptz" })
  updatedAt: Date;
}

/** An account as inserted: its counts start at zero, and the triggers keep them. */
export type NewAccount = Omit<Account, "opportunityCount" | "dealCount" | "submittedDealCount">;
