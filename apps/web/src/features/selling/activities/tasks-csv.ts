import type { CsvColumn } from "../../../app/csv/csv";
import { bucketTasks, TASK_BUCKET_LABELS, TASK_BUCKETS } from "../../../app/tasks/task-time";
import type { MyTasksQuery } from "../../../gql/graphql";

type TaskRow = MyTasksQuery["activities"]["edges"][number]["node"];

/**
 * My tasks' columns as the list shows them: the group each task falls in now (overdue, due today…),
 * its due time, subject and what it is on; the team's tasks with whose they are.
 */
export function taskCsvColumns(showOwner: boolean, now: Date): readonly CsvColumn<TaskRow>[] {
  const groupOf = (task: TaskRow) =>
    TASK_BUCKET_LABELS[TASK_BUCKETS.find((bucket) => bucketTasks([task], now)[bucket].length)!];
  return [
    ["Group", groupOf],
    ["Due", (t) => t.dueAt],
    ["Subject", (t) => t.subject],
    ["Opportunity", (t) => t.opportunity?.name],
    ["Account", (t) => t.account?.name],
    ["Contact", (t) => t.contact?.name],
    ...(showOwner ? [["Owner", (t: TaskRow) => t.owner.name] as const] : []),
  ];
}
