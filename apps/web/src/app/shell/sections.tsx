import AssignmentTurnedInOutlined from "@mui/icons-material/AssignmentTurnedInOutlined";
import BadgeOutlined from "@mui/icons-material/BadgeOutlined";
import BusinessOutlined from "@mui/icons-material/BusinessOutlined";
import ChecklistOutlined from "@mui/icons-material/ChecklistOutlined";
import DashboardOutlined from "@mui/icons-material/DashboardOutlined";
import GroupsOutlined from "@mui/icons-material/GroupsOutlined";
import HandshakeOutlined from "@mui/icons-material/HandshakeOutlined";
import MapOutlined from "@mui/icons-material/MapOutlined";
import TableChartOutlined from "@mui/icons-material/TableChartOutlined";
import TrackChangesOutlined from "@mui/icons-material/TrackChangesOutlined";
import TrendingUpOutlined from "@mui/icons-material/TrendingUpOutlined";
import type { ReactNode } from "react";

export const SECTION_IDS = [
  "dashboard",
  "deals",
  "opportunities",
  "accounts",
  "tasks",
  "team",
  "partners",
  "operators",
  "territories",
  "quotas",
  "reports",
] as const;
export type SectionId = (typeof SECTION_IDS)[number];

export interface SectionDefinition {
  id: SectionId;
  label: string;
  /** Relative to the portal's path; "" is the portal's home. */
  path: string;
  icon: ReactNode;
}

export const SECTIONS: Readonly<Record<SectionId, SectionDefinition>> = {
  dashboard: { id: "dashboard", label: "Dashboard", path: "", icon: <DashboardOutlined /> },
  deals: {
    id: "deals",
    label: "Deal registrations",
    path: "deals",
    icon: <AssignmentTurnedInOutlined />,
  },
  opportunities: {
    id: "opportunities",
    label: "Opportunities",
    path: "opportunities",
    icon: <TrendingUpOutlined />,
  },
  accounts: { id: "accounts", label: "Accounts", path: "accounts", icon: <BusinessOutlined /> },
  tasks: { id: "tasks", label: "My tasks", path: "tasks", icon: <ChecklistOutlined /> },
  team: { id: "team", label: "Team", path: "team", icon: <GroupsOutlined /> },
  partners: { id: "partners", label: "Partners", path: "partners", icon: <HandshakeOutlined /> },
  operators: { id: "operators", label: "Operators", path: "operators", icon: <BadgeOutlined /> },
  territories: {
    id: "territories",
    label: "Territories",
    path: "territories",
    icon: <MapOutlined />,
  },
  quotas: { id: "quotas", label: "Quotas", path: "quotas", icon: <TrackChangesOutlined /> },
  reports: { id: "reports", label: "Reports", path: "reports", icon: <TableChartOutlined /> },
};

/** What a section that is not built yet will hold, per portal where it differs. */
export interface UpcomingSection {
  title: string;
  description: string;
  features: string[];
}
