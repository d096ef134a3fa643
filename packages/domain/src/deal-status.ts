import { can, type Permission } from "./permissions";
import { ROLES, type Role } from "./roles";

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

/**
 * The permission each deal operation needs: the one definition of who may act on a deal. The
 * API's root fields declare these, and the roles that may take an action (its actors) follow
 * from ROLE_PERMISSIONS. EXPIRE has no human actor: only the protection-expiry job runs it.
 */
export const DEAL_OPERATION_PERMISSIONS = {
  REGISTER: "deal:register",
  SUBMIT: "deal:register",
  WITHDRAW: "deal:register",
  EDIT: "deal:register",
  APPROVE: "deal:decide",
  RETURN: "deal:decide",
  REJECT: "deal:decide",
  EXTEND_PROTECTION: "deal:decide",
  EXPIRE: null,
} as const satisfies Record<
  DealAction | "REGISTER" | "EDIT" | "EXTEND_PROTECTION",
  Permission | null
>;

/** Whether `role` may take `action` at all (the status decides whether it is legal now). */
export function mayTakeDealAction(role: Role, action: DealAction): boolean {
  const permission = DEAL_OPERATION_PERMISSIONS[action];
  return permission !== null && can(role, permission);
}

/** Who may take each action, derived from the permissions above. */
export const ACTION_ACTORS: Readonly<Record<DealAction, readonly Role[]>> = DEAL_ACTIONS.reduce(
  (actors, action) => ({
    ...actors,
    [action]: ROLES.filter((role) => mayTakeDealAction(role, action)),
  }),
  {} as Record<DealAction, readonly Role[]>,
);

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
    (action) => nextStatus(status, action) !== null && mayTakeDealAction(role, action),
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

/** Editing a registration: in DRAFT or RETURNED, with the EDIT permission. */
export function canEditDeal(status: DealStatus, role: Role): boolean {
  return isEditableStatus(status) && can(role, DEAL_OPERATION_PERMISSIONS.EDIT);
}

/** Extending protection: an APPROVED deal, with the EXTEND_PROTECTION permission. */
export function canExtendProtection(status: DealStatus, role: Role): boolean {
  return status === "APPROVED" && can(role, DEAL_OPERATION_PERMISSIONS.EXTEND_PROTECTION);
}
