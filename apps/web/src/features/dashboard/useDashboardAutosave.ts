import { useMutation } from "@apollo/client/react";
import type { Portal } from "@prm/domain";
import { useCallback, useEffect, useRef, useState } from "react";
import { errorMessage } from "../../app/graphql-errors";
import { toSaveInput, type PlacedWidget } from "./dashboard-model";
import { SaveDashboardDocument } from "./documents";

export type SaveStatus =
  | { state: "idle" }
  | { state: "pending" }
  | { state: "saving" }
  | { state: "saved"; at: Date }
  | { state: "failed"; message: string };

export const AUTOSAVE_DELAY_MS = 800;

/**
 * Saves the dashboard a moment after the last change (debounced), one request at a time, always
 * the newest layout. A failed save keeps the user's layout on screen and can be retried; nothing
 * the server answers ever replaces what the user has arranged since.
 */
export function useDashboardAutosave(portal: Portal, delayMs = AUTOSAVE_DELAY_MS) {
  const [saveDashboard] = useMutation(SaveDashboardDocument);
  const [status, setStatus] = useState<SaveStatus>({ state: "idle" });
  /** The newest layout not yet sent. */
  const latest = useRef<PlacedWidget[] | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const inFlight = useRef(false);
  const mounted = useRef(true);

  const send = useCallback(async () => {
    clearTimeout(timer.current);
    timer.current = undefined;
    if (inFlight.current) return; // the running loop below sends the newest layout next
    inFlight.current = true;
    const show = (next: SaveStatus) => {
      if (mounted.current) setStatus(next);
    };
    try {
      while (latest.current) {
        const widgets = latest.current;
        latest.current = null;
        show({ state: "saving" });
        try {
          await saveDashboard({ variables: { input: { portal, widgets: toSaveInput(widgets) } } });
        } catch (error) {
          // Keep what failed as the newest layout, unless the user changed it meanwhile.
          latest.current ??= widgets;
          show({ state: "failed", message: errorMessage(error) });
          return;
        }
      }
      show({ state: "saved", at: new Date() });
    } finally {
      inFlight.current = false;
    }
  }, [portal, saveDashboard]);

  const schedule = useCallback(
    (widgets: PlacedWidget[]) => {
      latest.current = widgets;
      setStatus({ state: "pending" });
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void send(), delayMs);
    },
    [send, delayMs],
  );

  /** Forgets a pending change (the dashboard was reset on the server). */
  const cancel = useCallback((after: SaveStatus = { state: "idle" }) => {
    clearTimeout(timer.current);
    timer.current = undefined;
    latest.current = null;
    setStatus(after);
  }, []);

  const retry = useCallback(() => void send(), [send]);

  // Leaving the page with a change not yet sent: send it now rather than drop it.
  useEffect(() => {
    mounted.current = true;
    const flush = () => {
      if (timer.current) void send();
    };
    window.addEventListener("pagehide", flush);
    return () => {
      window.removeEventListener("pagehide", flush);
      flush();
      mounted.current = false;
    };
  }, [send]);

  return { status, schedule, retry, cancel };
}
