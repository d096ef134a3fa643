import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  JoinTable,
  ManyToMany,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from "typeorm";
import type { Organization } from "../organizations/organization.entity";
import type { User } from "../users/user.entity";

/** A partner organization's sales territory; territories nest (region → country → state). */
@Entity("territories")
@Index("territories_org_root_name_key", ["organizationId", "name"], {
  unique: true,
  where: `"parent_id" IS NULL`,
})
@Index("territories_parent_name_key", ["parentId", "name"], {
  unique: true,
  where: `"parent_id" IS NOT NULL`,
})
export class Territory {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column("uuid")
  organizationId: string;

  @ManyToOne("Organization", { onDelete: "CASCADE" })
  @JoinColumn({ name: "organization_id" })
  organization?: Organization;

  @Column("uuid", { nullable: true })
  parentId: string | null;

  @ManyToOne("Territory", { nullable: true, onDelete: "CASCADE" })
  @JoinColumn({ name: "parent_id" })
  parent?: Territory | null;

  @Column("varchar", { length: 120 })
  name: string;

  @ManyToMany("User")
  @JoinTable({
    name: "user_territories",
    joinColumn: { name: "territory_id", referencedColumnName: "id" },
    inverseJoinColumn: { name: "user_id", referencedColumnName: "id" },
  })
  users?: User[];

  @CreateDateColumn({ type: "timestamptz" })
  createdAt: Date;

  @UpdateDateColumn({ type: "timestamptz" })
  updatedAt: Date;
}
