import { useMutation } from "@apollo/client/react";
import { useState } from "react";
import { errorMessage } from "../graphql-errors";
import { evictRootFields } from "../mutation-effects";
import { CompleteActivityDocument } from "./documents";

/**
 * What completing a task makes stale: the task lists (open, due) and the per-person task figures
 * (open, overdue, completed); the task itself comes back in the answer.
 */
export const TASK_COMPLETION_EFFECTS = ["activities", "teamActivity"];

export function useCompleteActivity() {
  return useMutation(CompleteActivityDocument, {
    update: evictRootFields(TASK_COMPLETION_EFFECTS),
  });
}

/**
 * Completing tasks in one click: a task shows as done the moment it is clicked (`isDone`), and
 * stays so while the lists that showed it open are read again (they drop it, or show it done);
 * it goes back to open with `error` set if the server refuses. `onDone` runs once it is saved.
 */
export function useCompleteTask(onDone?: (task: { id: string; subject: string }) => void) {
  const [complete] = useCompleteActivity();
  // Clicked (and, once saved, still shown done until the lists read again drop or refresh it).
  const [clicked, setClicked] = useState<ReadonlySet<string>>(new Set());
  const [error, setError] = useState<string | null>(null);

  async function completeTask(task: { id: string; subject: string }) {
    if (clicked.has(task.id)) return;
    setError(null);
    setClicked((current) => new Set(current).add(task.id));
    try {
      await complete({ variables: { id: task.id } });
      onDone?.(task);
    } catch (e) {
      setError(`"${task.subject}" was not completed: ${errorMessage(e)}`);
      setClicked((current) => {
        const next = new Set(current);
        next.delete(task.id);
        return next;
      });
    }
  }

  return {
    completeTask,
    /** Done on the server, or clicked and on its way. */
    isDone: (task: { id: string; completedAt?: string | null }) =>
      Boolean(task.completedAt) || clicked.has(task.id),
    error,
    clearError: () => setError(null),
  };
}
