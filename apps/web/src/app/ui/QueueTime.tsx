import ScheduleRounded from "@mui/icons-material/ScheduleRounded";
import Chip from "@mui/material/Chip";
import { formatBusinessHours } from "../format/hours";

/** A submitted registration's time in queue, in business time; a warning chip once over the SLA. */
export function QueueTime({
  hours,
  overSla,
}: {
  hours: number | null | undefined;
  overSla: boolean;
}) {
  const text = formatBusinessHours(hours);
  if (!overSla) return <>{text}</>;
  return (
    <Chip
      size="small"
      variant="outlined"
      icon={<ScheduleRounded color="warning" />}
      sx={{ fontWeight: 600, borderColor: "warning.main" }}
      label={text}
      title="Over the approval SLA"
      aria-label={`${text}, over the approval SLA`}
    />
  );
}
