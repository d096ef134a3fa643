import CallOutlined from "@mui/icons-material/CallOutlined";
import EmailOutlined from "@mui/icons-material/EmailOutlined";
import GroupsOutlined from "@mui/icons-material/GroupsOutlined";
import StickyNote2Outlined from "@mui/icons-material/StickyNote2Outlined";
import TaskAltOutlined from "@mui/icons-material/TaskAltOutlined";
import type { SvgIconProps } from "@mui/material/SvgIcon";
import type { ActivityType } from "@prm/domain";
import type { ComponentType } from "react";

const ICONS: Readonly<Record<ActivityType, ComponentType<SvgIconProps>>> = {
  CALL: CallOutlined,
  EMAIL: EmailOutlined,
  MEETING: GroupsOutlined,
  NOTE: StickyNote2Outlined,
  TASK: TaskAltOutlined,
};

/** The picture of an activity's type (decorative: its label is always written beside it). */
export function ActivityTypeIcon({ type, ...props }: { type: ActivityType } & SvgIconProps) {
  const Icon = ICONS[type];
  return <Icon aria-hidden {...props} />;
}
