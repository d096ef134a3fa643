import AddRounded from "@mui/icons-material/AddRounded";
import CheckRounded from "@mui/icons-material/CheckRounded";
import EditOutlined from "@mui/icons-material/EditOutlined";
import RestartAltRounded from "@mui/icons-material/RestartAltRounded";
import Alert from "@mui/material/Alert";
import Button from "@mui/material/Button";
import { useMutation } from "@apollo/client/react";
import type { Portal } from "@prm/domain";
import { useEffect, useState } from "react";
import { errorMessage } from "../../app/graphql-errors";
import { PageHeader } from "../../app/layout/PageHeader";
import type { WidgetSettings, WidgetViews } from "../../app/widget-contract/types";
import { AddWidgetDialog } from "./AddWidgetDialog";
import { DashboardGrid } from "./DashboardGrid";
import {
  addWidget,
  removeWidget,
  restoreWidget,
  updateWidgetSettings,
  type PlacedWidget,
  type WidgetDefinition,
} from "./dashboard-model";
import { EmptyDashboard } from "./EmptyDashboard";
import { ResetDashboardDialog } from "./ResetDashboardDialog";
import { SaveStatusIndicator } from "./SaveStatusIndicator";
import { ResetDashboardDocument } from "./documents";
import { UndoRemovalSnackbar, type RemovedWidget } from "./UndoRemovalSnackbar";
import { useDashboardAutosave } from "./useDashboardAutosave";
import { widgetTitle } from "./WidgetFrame";

/** How long a widget just added or brought back stays outlined. */
const HIGHLIGHT_MS = 4000;

/** A removed widget and where it was, for Undo. */
interface Removal extends RemovedWidget {
  widget: PlacedWidget;
  index: number;
}

interface DashboardEditorProps {
  portal: Portal;
  intro: string;
  catalog: readonly WidgetDefinition[];
  widgetViews: WidgetViews;
  initialWidgets: PlacedWidget[];
}

/**
 * The dashboard as the user arranges it. The layout on screen is the user's: every change shows
 * at once and is saved in the background.
 */
export function DashboardEditor({
  portal,
  intro,
  catalog,
  widgetViews,
  initialWidgets,
}: DashboardEditorProps) {
  const [widgets, setWidgets] = useState(initialWidgets);
  const [editing, setEditing] = useState(false);
  const [adding, setAdding] = useState(false);
  const [confirmingReset, setConfirmingReset] = useState(false);
  const [resetError, setResetError] = useState<string | null>(null);
  const [removal, setRemoval] = useState<Removal | null>(null);
  const [highlighted, setHighlighted] = useState<string | null>(null);
  const autosave = useDashboardAutosave(portal);
  const [resetDashboard, { loading: resetting }] = useMutation(ResetDashboardDocument);

  useEffect(() => {
    if (!highlighted) return;
    const timer = setTimeout(() => setHighlighted(null), HIGHLIGHT_MS);
    return () => clearTimeout(timer);
  }, [highlighted]);

  function change(next: PlacedWidget[]) {
    if (next === widgets) return;
    setWidgets(next);
    autosave.schedule(next);
  }

  function add(definition: WidgetDefinition) {
    const { widgets: next, added } = addWidget(widgets, definition);
    change(next);
    setHighlighted(added.id);
    setAdding(false);
  }

  function remove(id: string) {
    const index = widgets.findIndex((placed) => placed.id === id);
    const widget = widgets[index];
    if (!widget) return;
    const title = widgetTitle(catalog.find((d) => d.id === widget.widget));
    setRemoval({ widget, index, id, title });
    change(removeWidget(widgets, id));
  }

  function undoRemoval() {
    if (!removal) return;
    change(restoreWidget(widgets, removal.widget, removal.index));
    setHighlighted(removal.widget.id);
    setRemoval(null);
  }

  async function reset() {
    setResetError(null);
    try {
      const { data } = await resetDashboard({ variables: { portal } });
      if (data) {
        setWidgets(data.resetDashboard.widgets);
        setRemoval(null);
        autosave.cancel({ state: "saved", at: new Date() });
      }
      setConfirmingReset(false);
    } catch (error) {
      setResetError(`The dashboard was not reset: ${errorMessage(error)}`);
      setConfirmingReset(false);
    }
  }

  const actions = (
    <>
      <SaveStatusIndicator status={autosave.status} onRetry={autosave.retry} />
      {editing && (
        <>
          <Button startIcon={<RestartAltRounded />} onClick={() => setConfirmingReset(true)}>
            Reset to default
          </Button>
          <Button variant="outlined" startIcon={<AddRounded />} onClick={() => setAdding(true)}>
            Add widget
          </Button>
        </>
      )}
      <EditToggle editing={editing} onToggle={() => setEditing((on) => !on)} />
    </>
  );

  return (
    <>
      <PageHeader title="Dashboard" subtitle={intro} actions={actions} />
      {resetError && (
        <Alert severity="error" onClose={() => setResetError(null)} sx={{ mb: 2 }}>
          {resetError}
        </Alert>
      )}
      {widgets.length === 0 ? (
        <EmptyDashboard onAdd={() => setAdding(true)} onReset={() => setConfirmingReset(true)} />
      ) : (
        <DashboardGrid
          widgets={widgets}
          catalog={catalog}
          widgetViews={widgetViews}
          editing={editing}
          highlighted={highlighted}
          onChange={change}
          onSettingsChange={(id: string, settings: WidgetSettings) =>
            change(updateWidgetSettings(widgets, id, settings))
          }
          onRemove={remove}
        />
      )}
      <AddWidgetDialog
        open={adding}
        catalog={catalog}
        placed={widgets}
        onAdd={add}
        onClose={() => setAdding(false)}
      />
      <UndoRemovalSnackbar
        removed={removal}
        onUndo={undoRemoval}
        onClose={() => setRemoval(null)}
      />
      <ResetDashboardDialog
        open={confirmingReset}
        resetting={resetting}
        onConfirm={() => void reset()}
        onClose={() => setConfirmingReset(false)}
      />
    </>
  );
}

/** Edit mode on and off; drawn (disabled) while the dashboard loads, so the header keeps its shape. */
export function EditToggle({
  editing,
  onToggle,
  disabled,
}: {
  editing: boolean;
  onToggle?: () => void;
  disabled?: boolean;
}) {
  return (
    <Button
      variant={editing ? "contained" : "outlined"}
      startIcon={editing ? <CheckRounded /> : <EditOutlined />}
      onClick={onToggle}
      disabled={disabled}
    >
      {editing ? "Done" : "Edit dashboard"}
    </Button>
  );
}
