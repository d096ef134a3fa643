import type { Role } from "./roles";

export const DEAL_STATUSES = [
  "DRAFT",
  "SUBMITTED",
  "APPROVED",
  "RETURNED",
  "REJECTED",
  "WITHDRAWN",
  "EXPIRED",
] as const;
export type DealStatus = (typeof DEAL_STATUSES)[number];

export const DEAL_ACTIONS = [
  "SUBMIT",
  "APPROVE",
  "RETURN",
  "REJECT",
  "WITHDRAW",
  "EXPIRE",
] as const;
export type DealAction = (typeof DEAL_ACTIONS)[number];

/** For each action, the statuses it may start from and where it leads. Nothing else is legal. */
export const DEAL_TRANSITIONS: Readonly<
  Record<DealAction, Readonly<Partial<Record<DealStatus, DealStatus>>>>
> = {
  SUBMIT: { DRAFT: "SUBMITTED", RETURNED: "SUBMITTED" },
  APPROVE: { SUBMITTED: "APPROVED" },
  RETURN: { SUBMITTED: "RETURNED" },
  REJECT: { SUBMITTED: "REJECTED" },
  WITHDRAW: { DRAFT: "WITHDRAWN", SUBMITTED: "WITHDRAWN", RETURNED: "WITHDRAWN" },
  EXPIRE: { APPROVED: "EXPIRED" },
};

/** Who may take each action. EXPIRE has no human actor: only the protection-expiry job runs it. */
export const ACTION_ACTORS: Readonly<Record<DealAction, readonly Role[]>> = {
  SUBMIT: ["PARTNER_SELLER", "PARTNER_SALES_MANAGER", "PARTNER_SALES_OPS"],
  WITHDRAW: ["PARTNER_SELLER", "PARTNER_SALES_MANAGER", "PARTNER_SALES_OPS"],
  APPROVE: ["CHANNEL_MANAGER", "VENDOR_ADMIN"],
  RETURN: ["CHANNEL_MANAGER", "VENDOR_ADMIN"],
  REJECT: ["CHANNEL_MANAGER", "VENDOR_ADMIN"],
  EXPIRE: [],
};

export const DEAL_STATUS_LABELS: Readonly<Record<DealStatus, string>> = {
  DRAFT: "Draft",
  SUBMITTED: "Submitted",
  APPROVED: "Approved",
  RETURNED: "Returned",
  REJECTED: "Rejected",
  WITHDRAWN: "Withdrawn",
  EXPIRED: "Expired",
};

export const DEAL_ACTION_LABELS: Readonly<Record<DealAction, string>> = {
  SUBMIT: "Submit",
  APPROVE: "Approve",
  RETURN: "Return",
  REJECT: "Reject",
  WITHDRAW: "Withdraw",
  EXPIRE: "Expire",
};

/** Statuses in which a registration still claims its customer, for conflict detection. */
export const CLAIMING_DEAL_STATUSES = [
  "SUBMITTED",
  "APPROVED",
  "RETURNED",
] as const satisfies readonly DealStatus[];

export function isDealStatus(value: unknown): value is DealStatus {
  return (DEAL_STATUSES as readonly unknown[]).includes(value);
}

export function isDealAction(value: unknown): value is DealAction {
  return (DEAL_ACTIONS as readonly unknown[]).includes(value);
}

/** The status an action leads to, or null when the action is illegal from `status`. */
export function nextStatus(status: DealStatus, action: DealAction): DealStatus | null {
  return DEAL_TRANSITIONS[action][status] ?? null;
}

/** The statuses `action` may start from, e.g. for `UPDATE … WHERE status = ANY($allowed)`. */
export function statusesAllowing(action: DealAction): readonly DealStatus[] {
  return DEAL_STATUSES.filter((status) => nextStatus(status, action) !== null);
}

export function allowedActions(status: DealStatus, role: Role): DealAction[] {
  return DEAL_ACTIONS.filter(
    (action) => nextStatus(status, action) !== null && ACTION_ACTORS[action].includes(role),
  );
}

/** A status no action leads out of (REJECTED, WITHDRAWN, EXPIRED). */
export function isTerminalStatus(status: DealStatus): boolean {
  return DEAL_ACTIONS.every((action) => nextStatus(status, action) === null);
}

export function isEditableStatus(status: DealStatus): boolean {
  return status === "DRAFT" || status === "RETURNED";
}

export function isClaimingStatus(status: DealStatus): boolean {
  return (CLAIMING_DEAL_STATUSES as readonly DealStatus[]).includes(status);
}

/** What the audit trail records about a deal: the transitions, plus creation, edits and extensions. */
export const DEAL_EVENT_ACTIONS = [
  "CREATE",
  "UPDATE",
  ...DEAL_ACTIONS,
  "EXTEND_PROTECTION",
] as const;
export type DealEventAction = (typeof DEAL_EVENT_ACTIONS)[number];

/** The status every legal use of `action` leads to. */
export function targetStatus(action: DealAction): DealStatus {
  const from = statusesAllowing(action)[0];
  const to = from && nextStatus(from, action);
  if (!to) throw new Error(`Action ${action} leads nowhere`);
  return to;
}

/** Past participles for messages: "it can no longer be withdrawn". */
export const DEAL_ACTION_PAST: Readonly<Record<DealAction, string>> = {
  SUBMIT: "submitted",
  APPROVE: "approved",
  RETURN: "returned",
  REJECT: "rejected",
  WITHDRAW: "withdrawn",
  EXPIRE: "expired",
};

/** Editing a registration: in DRAFT or RETURNED, by the partner side (same people as SUBMIT). */
export function canEditDeal(status: DealStatus, role: Role): boolean {
  return isEditableStatus(status) && ACTION_ACTORS.SUBMIT.includes(role);
}

/** Extending protection: an APPROVED deal, by whoever may approve. */
export function canExtendProtection(status: DealStatus, role: Role): boolean {
  return status === "APPROVED" && ACTION_ACTORS.APPROVE.includes(role);
}
