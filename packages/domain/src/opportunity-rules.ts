import { isRealDate } from "./deal-validation";
import { parseMoneyInput } from "./money";
import {
  isClosedStage,
  isLossReason,
  isOpenStage,
  requiresLossReason,
  type LossReason,
  type OpportunityStage,
} from "./opportunity-stages";
import { can, type Permission } from "./permissions";
import { ROLES, type PartnerRole, type Role } from "./roles";

/** What a person may do to an opportunity they can see. */
export const OPPORTUNITY_ACTIONS = ["EDIT", "MOVE_STAGE", "REOPEN", "REASSIGN"] as const;
export type OpportunityAction = (typeof OPPORTUNITY_ACTIONS)[number];

/**
 * The permission each opportunity operation needs: the one definition of who may act on an
 * opportunity. Which ones is decided by scoping, the same as reading: the owner, the owner's sales
 * manager (own and direct reports') and the organization's sales operations. The vendor side
 * only reads. Reopening and reassigning are for the manager and sales operations, not the seller.
 */
export const OPPORTUNITY_OPERATION_PERMISSIONS = {
  EDIT: "opportunity:write",
  MOVE_STAGE: "opportunity:write",
  REOPEN: "opportunity:manage",
  REASSIGN: "opportunity:manage",
} as const satisfies Record<OpportunityAction, Permission>;

/**
 * Whether the action applies to an opportunity in `stage`: an open one is edited, moved and
 * reassigned; a closed one only reopened (its amount and owner are its won or lost figures).
 */
export function isActionLegalInStage(action: OpportunityAction, stage: OpportunityStage): boolean {
  return action === "REOPEN" ? isClosedStage(stage) : isOpenStage(stage);
}

/** What `role` may do now to an opportunity in `stage` that it can see. */
export function opportunityActions(stage: OpportunityStage, role: Role): OpportunityAction[] {
  return OPPORTUNITY_ACTIONS.filter(
    (action) =>
      isActionLegalInStage(action, stage) && can(role, OPPORTUNITY_OPERATION_PERMISSIONS[action]),
  );
}

/** Who may take each action, derived from the permissions above. */
export const OPPORTUNITY_ACTION_ACTORS: Readonly<Record<OpportunityAction, readonly Role[]>> =
  OPPORTUNITY_ACTIONS.reduce(
    (actors, action) => ({
      ...actors,
      [action]: ROLES.filter((role) => can(role, OPPORTUNITY_OPERATION_PERMISSIONS[action])),
    }),
    {} as Record<OpportunityAction, readonly Role[]>,
  );

/** The roles that may own an opportunity, so the ones it can be reassigned to. */
export const OPPORTUNITY_OWNER_ROLES = [
  "PARTNER_SELLER",
  "PARTNER_SALES_MANAGER",
] as const satisfies readonly PartnerRole[];

export function mayOwnOpportunity(role: Role): boolean {
  return (OPPORTUNITY_OWNER_ROLES as readonly Role[]).includes(role);
}

/** A closed opportunity goes back to an open stage only by reopening, never by a stage move. */
export function canReopenTo(from: OpportunityStage, to: OpportunityStage): boolean {
  return isClosedStage(from) && isOpenStage(to);
}

/**
 * An opportunity's close date, what lists sort by: when it was won or lost, for a closed one;
 * the start (UTC) of its expected close date, for an open one.
 */
export function opportunityCloseDate(o: {
  closedAt: Date | null;
  expectedCloseDate: string;
}): Date {
  return o.closedAt ?? new Date(`${o.expectedCloseDate}T00:00:00Z`);
}

export const OPPORTUNITY_FIELD_LIMITS = {
  name: 200,
  nextStep: 500,
  lossNote: 2000,
  reopenReason: 2000,
  /** numeric(14,2) */
  maxAmount: 999999999999.99,
} as const;

/** The fields a person edits on an opportunity (each optional: an update changes what it names). */
export interface OpportunityFieldsInput {
  name?: string | null;
  amount?: string | null;
  expectedCloseDate?: string | null;
  nextStep?: string | null;
}
export type OpportunityField = keyof OpportunityFieldsInput;

export interface OpportunityFieldValues {
  name: string;
  amount: string;
  expectedCloseDate: string;
  /** Null clears it. */
  nextStep: string | null;
}

/** A field of the input and what is wrong with it, for BAD_USER_INPUT and the form. */
export interface OpportunityFieldError<F extends string = string> {
  field: F;
  message: string;
}

const tooLong = (what: string, max: number) => `${what} can be at most ${max} characters.`;

/**
 * Checks the fields an update names (absent ones are skipped) and returns them trimmed and
 * normalized. Name, amount and expected close date cannot be cleared; a blank next step clears
 * it. `today` (YYYY-MM-DD, UTC) is the earliest expected close date.
 */
export function checkOpportunityFields(
  input: OpportunityFieldsInput,
  options: { today: string },
): { errors: OpportunityFieldError<OpportunityField>[]; values: Partial<OpportunityFieldValues> } {
  const errors: OpportunityFieldError<OpportunityField>[] = [];
  const values: Partial<OpportunityFieldValues> = {};
  const error = (field: OpportunityField, message: string) => errors.push({ field, message });
  const limits = OPPORTUNITY_FIELD_LIMITS;

  if (input.name !== undefined) {
    const name = input.name?.trim() ?? "";
    if (!name) error("name", "The name is required.");
    else if (name.length > limits.name) error("name", tooLong("The name", limits.name));
    else values.name = name;
  }

  if (input.amount !== undefined) {
    const amount = input.amount?.trim() ?? "";
    const parsed = amount ? parseMoneyInput(amount) : null;
    if (!amount) error("amount", "The amount is required.");
    else if (parsed === null || Number(parsed) > limits.maxAmount) {
      error(
        "amount",
        "The amount must be a non-negative amount with at most 2 decimals and 12 digits.",
      );
    } else values.amount = parsed;
  }

  if (input.expectedCloseDate !== undefined) {
    const date = input.expectedCloseDate?.trim() ?? "";
    if (!date) error("expectedCloseDate", "The expected close date is required.");
    else if (!isRealDate(date)) {
      error("expectedCloseDate", 'The expected close date must be a date like "2026-03-31".');
    } else if (date < options.today) {
      error("expectedCloseDate", "The expected close date cannot be in the past.");
    } else values.expectedCloseDate = date;
  }

  if (input.nextStep !== undefined) {
    const nextStep = input.nextStep?.trim() ?? "";
    if (nextStep.length > limits.nextStep) {
      error("nextStep", tooLong("The next step", limits.nextStep));
    } else values.nextStep = nextStep || null;
  }

  return { errors, values };
}

export interface StageMoveInput {
  stage: OpportunityStage;
  lossReason?: string | null;
  lossNote?: string | null;
}
export type StageMoveField = "stage" | "lossReason" | "lossNote";

/**
 * Checks a stage move's input on its own (whether the current stage allows it is canMoveStage):
 * closing as lost needs a reason from LOSS_REASONS, and may carry a note; no other move takes
 * either. Returns the loss reason and the trimmed note (null when absent or blank).
 */
export function checkStageMove(input: StageMoveInput): {
  errors: OpportunityFieldError<StageMoveField>[];
  lossReason: LossReason | null;
  lossNote: string | null;
} {
  const errors: OpportunityFieldError<StageMoveField>[] = [];
  const lossNote = input.lossNote?.trim() || null;
  const lossReason = input.lossReason ?? null;
  if (requiresLossReason(input.stage)) {
    if (lossReason === null) {
      errors.push({ field: "lossReason", message: "Choose why the opportunity was lost." });
    } else if (!isLossReason(lossReason)) {
      errors.push({ field: "lossReason", message: "Choose a loss reason from the list." });
    }
    if (lossNote && lossNote.length > OPPORTUNITY_FIELD_LIMITS.lossNote) {
      errors.push({
        field: "lossNote",
        message: tooLong("The loss note", OPPORTUNITY_FIELD_LIMITS.lossNote),
      });
    }
  } else {
    if (lossReason !== null) {
      errors.push({
        field: "lossReason",
        message: "A loss reason is given only when closing as lost.",
      });
    }
    if (lossNote) {
      errors.push({
        field: "lossNote",
        message: "A loss note is given only when closing as lost.",
      });
    }
  }
  return {
    errors,
    lossReason:
      errors.length === 0 && lossReason !== null && isLossReason(lossReason) ? lossReason : null,
    lossNote,
  };
}

/** The reason a manager or sales operations gives to reopen: null when fine. */
export function reopenReasonError(reason: string | null | undefined): string | null {
  const text = reason?.trim() ?? "";
  if (!text) return "Say why the opportunity is reopened.";
  if (text.length > OPPORTUNITY_FIELD_LIMITS.reopenReason) {
    return tooLong("The reason", OPPORTUNITY_FIELD_LIMITS.reopenReason);
  }
  return null;
}
