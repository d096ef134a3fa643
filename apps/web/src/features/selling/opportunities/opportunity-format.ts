import { isOpenStage, LOSS_REASON_LABELS, type OpportunityStage } from "@prm/domain";
import { formatDate } from "../../../app/format/dates";
import type { LossReason } from "../../../gql/graphql";

/** When it closes or closed: "Closes Mar 31, 2026", "Won Mar 2, 2026", "Lost Feb 1, 2026". */
export function closeLabel(o: {
  stage: OpportunityStage;
  expectedCloseDate: string;
  closedAt?: string | null;
}): string {
  if (o.stage === "CLOSED_WON") return `Won ${formatDate(o.closedAt)}`;
  if (o.stage === "CLOSED_LOST") return `Lost ${formatDate(o.closedAt)}`;
  return `Closes ${formatDate(o.expectedCloseDate)}`;
}

/** An open opportunity whose expected close date has passed: its forecast needs a new date. */
export function isCloseDatePast(
  o: { stage: OpportunityStage; expectedCloseDate: string },
  today = new Date().toISOString().slice(0, 10),
): boolean {
  return isOpenStage(o.stage) && o.expectedCloseDate < today;
}

export function lossReasonLabel(reason: LossReason | null | undefined): string {
  return reason ? LOSS_REASON_LABELS[reason] : "—";
}
