import { ROLES, type Role } from "@prm/domain";
import {
  Check,
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
import { sqlIn } from "../../database/sql";
import type { Organization } from "../organizations/organization.entity";

// What the owner-of-partner foreign keys of deals, opportunities, activities and quotas refer to.
@Unique("users_id_organization_key", ["id", "organizationId"])
@Entity("users")
@Check("users_role_check", `"role" IN (${sqlIn(ROLES)})`)
@Check("users_email_lowercase_check", `"email" = lower("email")`)
@Check("users_not_own_manager_check", `"manager_id" IS NULL OR "manager_id" <> "id"`)
@Index("users_org_role_idx", ["organizationId", "role"])
export class User {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Index("users_email_key", { unique: true })
  @Column("varchar", { length: 254 })
  email: string;

  @Column("varchar", { length: 200 })
  name: string;

  @Column("varchar", { length: 32 })
  role: Role;

  @Column("uuid")
  organizationId: string;

  @ManyToOne("Organization", { nullable: false, onDelete: "RESTRICT" })
  @JoinColumn({ name: "organization_id" })
  organization?: Organization;

  /** Reporting line: a seller's sales manager. */
  @Index()
  @Column("uuid", { nullable: true })
  managerId: string | null;

  @ManyToOne("User", { nullable: true, onDelete: "SET NULL" })
  @JoinColumn({ name: "manager_id" })
  manager?: User | null;

  @Column("boolean", { default: true })
  active: boolean;

  /** argon2id hash; null for invited users who have not set a password yet. */
  @Column("varchar", { length: 255, nullable: true, select: false })
  passwordHash: string | null;

  @Column("timestamptz", { nullable: true })
  lastLoginAt: Date | null;

  @CreateDateColumn({ type: "timestamptz" })
  createdAt: Date;

  @UpdateDateColumn({ type: "timestamptz" })
  updatedAt: Date;
}
