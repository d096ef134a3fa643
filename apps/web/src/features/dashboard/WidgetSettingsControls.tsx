import MenuItem from "@mui/material/MenuItem";
import TextField from "@mui/material/TextField";
import { PERIOD_LABELS, WIDGET_PERIOD_PRESETS, type WidgetPeriodPreset } from "@prm/domain";
import {
  DEFAULT_WIDGET_LIMIT,
  WIDGET_LIMIT_CHOICES,
  type WidgetSettings,
} from "../../app/widget-contract/types";
import { widgetPeriod } from "../../app/widget-contract/period";
import type { WidgetDefinition } from "./dashboard-model";

const compactSelect = {
  minWidth: 0,
  "& .MuiInputBase-input": { py: 0.5, fontSize: 13 },
} as const;

/** The period and row-count pickers a widget offers (per the catalogue's `options`). */
export function WidgetSettingsControls({
  title,
  definition,
  settings,
  onChange,
}: {
  title: string;
  definition: WidgetDefinition | undefined;
  settings: WidgetSettings;
  onChange: (settings: WidgetSettings) => void;
}) {
  if (!definition) return null;
  const limit = settings.limit ?? DEFAULT_WIDGET_LIMIT;
  const limitChoices = [...new Set<number>([...WIDGET_LIMIT_CHOICES, limit])].sort((a, b) => a - b);
  return (
    <>
      {definition.options.period && (
        <TextField
          select
          size="small"
          variant="outlined"
          value={widgetPeriod(settings)}
          onChange={(e) => onChange({ period: e.target.value as WidgetPeriodPreset })}
          slotProps={{ select: { SelectDisplayProps: { "aria-label": `Period of ${title}` } } }}
          sx={compactSelect}
        >
          {WIDGET_PERIOD_PRESETS.map((preset) => (
            <MenuItem key={preset} value={preset}>
              {PERIOD_LABELS[preset]}
            </MenuItem>
          ))}
        </TextField>
      )}
      {definition.options.limit && (
        <TextField
          select
          size="small"
          variant="outlined"
          value={limit}
          onChange={(e) => onChange({ limit: Number(e.target.value) })}
          slotProps={{ select: { SelectDisplayProps: { "aria-label": `Rows shown in ${title}` } } }}
          sx={compactSelect}
        >
          {limitChoices.map((choice) => (
            <MenuItem key={choice} value={choice}>
              Top {choice}
            </MenuItem>
          ))}
        </TextField>
      )}
    </>
  );
}
