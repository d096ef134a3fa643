import MenuItem from "@mui/material/MenuItem";
import TextField from "@mui/material/TextField";
import { PERIOD_LABELS, WIDGET_PERIOD_PRESETS, type WidgetPeriodPreset } from "@prm/domain";

/** The period presets the dashboard widgets offer. */
export function PeriodSelect({
  value,
  onChange,
}: {
  value: WidgetPeriodPreset;
  onChange: (period: WidgetPeriodPreset) => void;
}) {
  return (
    <TextField
      select
      size="small"
      label="Period"
      value={value}
      onChange={(e) => onChange(e.target.value as WidgetPeriodPreset)}
      sx={{ minWidth: 170 }}
    >
      {WIDGET_PERIOD_PRESETS.map((preset) => (
        <MenuItem key={preset} value={preset}>
          {PERIOD_LABELS[preset]}
        </MenuItem>
      ))}
    </TextField>
  );
}
