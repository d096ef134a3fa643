import CloseRounded from "@mui/icons-material/CloseRounded";
import Box from "@mui/material/Box";
import IconButton from "@mui/material/IconButton";
import Paper from "@mui/material/Paper";
import Tooltip from "@mui/material/Tooltip";
import Typography from "@mui/material/Typography";
import { Suspense, useEffect, useRef } from "react";
import type { WidgetSettings, WidgetView } from "../../app/widget-contract/types";
import { WidgetErrorBoundary } from "../../app/widget-contract/WidgetErrorBoundary";
import { WidgetEmpty, WidgetLoading } from "../../app/widget-contract/WidgetStates";
import { ArrangeHandle } from "./ArrangeHandle";
import type { Arrangement, PlacedWidget, WidgetDefinition } from "./dashboard-model";
import { WidgetSettingsControls } from "./WidgetSettingsControls";

export const DRAG_HANDLE_CLASS = "widget-drag-handle";
/** Controls inside the frame's header that must not start a drag. */
export const NO_DRAG_CLASS = "widget-no-drag";

interface WidgetFrameProps {
  placed: PlacedWidget;
  definition: WidgetDefinition | undefined;
  /** The widget's view; none when this version of the web app cannot draw it. */
  view: WidgetView | undefined;
  /** Edit mode: the remove button shows. */
  editing: boolean;
  /** Edit mode with room to move and resize: the move handle shows. */
  arranging: boolean;
  /** The id of the text that explains how to arrange widgets with the keys. */
  arrangeHintId: string;
  /** Just added or brought back: drawn outlined and focused, so it is found at once. */
  highlighted: boolean;
  canArrange: (arrangement: Arrangement) => boolean;
  onArrange: (arrangement: Arrangement) => void;
  onSettingsChange: (settings: WidgetSettings) => void;
  onRemove: () => void;
}

export function widgetTitle(definition: WidgetDefinition | undefined): string {
  return definition?.title ?? "Unavailable widget";
}

/** The card around every widget: title, settings, edit controls, and the widget's own view. */
export function WidgetFrame({
  placed,
  definition,
  view,
  editing,
  arranging,
  arrangeHintId,
  highlighted,
  canArrange,
  onArrange,
  onSettingsChange,
  onRemove,
}: WidgetFrameProps) {
  const title = widgetTitle(definition);
  const frame = useRef<HTMLElement>(null);
  useEffect(() => {
    // Focusing scrolls it into view too.
    if (highlighted) frame.current?.focus();
  }, [highlighted]);

  return (
    <Paper
      ref={frame}
      component="section"
      aria-label={title}
      tabIndex={-1}
      variant="outlined"
      sx={{
        height: "100%",
        display: "flex",
        flexDirection: "column",
        // Chart tooltips open above the pointer and may reach past the card's top edge.
        overflow: "visible",
        borderColor: editing ? "primary.main" : "divider",
        borderStyle: editing ? "dashed" : "solid",
        outline: "3px solid",
        outlineOffset: 2,
        outlineColor: highlighted ? "var(--mui-palette-primary-main)" : "transparent",
        "&:focus-visible": { outlineColor: "var(--mui-palette-primary-main)" },
        transition: "outline-color 600ms",
        "@media (prefers-reduced-motion: reduce)": { transition: "none" },
      }}
    >
      <Box
        sx={{
          display: "flex",
          // In a narrow widget (a phone) the settings go under the title rather than squeeze it.
          flexWrap: "wrap",
          alignItems: "center",
          columnGap: 1,
          rowGap: 0.5,
          pl: arranging ? 0.5 : 2,
          pr: 1,
          pt: 1.25,
          pb: 0.5,
          minHeight: 48,
        }}
      >
        {arranging && (
          <ArrangeHandle
            title={title}
            className={DRAG_HANDLE_CLASS}
            describedBy={arrangeHintId}
            canArrange={canArrange}
            onArrange={onArrange}
          />
        )}
        <Typography
          variant="h3"
          component="h2"
          noWrap
          className={arranging ? DRAG_HANDLE_CLASS : undefined}
          sx={{
            flex: "1 1 auto",
            minWidth: 0,
            fontSize: 15,
            cursor: arranging ? "grab" : "default",
          }}
        >
          {title}
        </Typography>
        <Box
          className={NO_DRAG_CLASS}
          sx={{ display: "flex", gap: 0.75, alignItems: "center", ml: "auto" }}
        >
          <WidgetSettingsControls
            title={title}
            definition={definition}
            settings={placed.config}
            onChange={onSettingsChange}
          />
          {editing && (
            <Tooltip title="Remove widget">
              <IconButton size="small" aria-label={`Remove ${title}`} onClick={onRemove}>
                <CloseRounded fontSize="small" />
              </IconButton>
            </Tooltip>
          )}
        </Box>
      </Box>
      <Box sx={{ flexGrow: 1, minHeight: 0, px: 2, pb: 1.5, pt: 0.5 }}>
        {view && definition ? (
          <WidgetErrorBoundary>
            <Suspense fallback={<WidgetLoading />}>
              <view.View settings={placed.config} />
            </Suspense>
          </WidgetErrorBoundary>
        ) : (
          <WidgetEmpty
            title="This widget is not available"
            hint="It is not offered for your role or in this version of PRM. You can remove it."
          />
        )}
      </Box>
    </Paper>
  );
}
