import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from "typeorm";
import type { Organization } from "../organizations/organization.entity";
import type { User } from "../users/user.entity";
import type { Account } from "./account.entity";

@Entity("contacts")
@Index("contacts_partner_owner_idx", ["partnerId", "ownerId"])
export class Contact {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column("uuid")
  partnerId: string;

  @ManyToOne("Organization", { onDelete: "CASCADE" })
  @JoinColumn({ name: "partner_id" })
  partner?: Organization;

  @Index()
  @Column("uuid")
  accountId: string;

  @ManyToOne("Account", { onDelete: "CASCADE" })
  @JoinColumn({ name: "account_id" })
  account?: Account;

  @Column("uuid", { nullable: true })
  ownerId: string | null;

  @ManyToOne("User", { nullable: true, onDelete: "SET NULL" })
  @JoinColumn({ name: "owner_id" })
  owner?: User | null;

  @Column("varchar", { length: 200 })
  name: string;

  @Column("varchar", { length: 254, nullable: true })
  email: string | null;

  @Column("varchar", { length: 50, nullable: true })
  phone: string | null;

  @Column("varchar", { length: 120, nullable: true })
  title: string | null;

  @CreateDateColumn({ type: "timestamptz" })
  createdAt: Date;

  @UpdateDateColumn({ type: "timestamptz" })
  updatedAt: Date;
}
