import { PORTALS, type Portal } from "@prm/domain";
import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from "typeorm";
import { sqlIn } from "../../database/sql";
import type { User } from "../users/user.entity";

export interface StoredWidget {
  id: string;
  widget: string;
  x: number;
  y: number;
  w: number;
  h: number;
  config: Record<string, unknown>;
}

/** One user's saved dashboard for one portal; absent means "the role's default". */
@Entity("dashboard_layouts")
@Check("dashboard_layouts_portal_check", `"portal" IN (${sqlIn(PORTALS)})`)
@Index("dashboard_layouts_user_portal_key", ["userId", "portal"], { unique: true })
export class DashboardLayout {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column("uuid")
  userId: string;

  @ManyToOne("User", { onDelete: "CASCADE" })
  @JoinColumn({ name: "user_id" })
  user?: User;

  @Column("varchar", { length: 32 })
  portal: Portal;

  @Column("jsonb")
  widgets: StoredWidget[];

  @UpdateDateColumn({ type: "timestamptz" })
  updatedAt: Date;
}
