import {
  ACTION_ACTORS,
  canEditDeal,
  canExtendProtection,
  DEAL_EVENT_ACTIONS,
  targetStatus,
  allowedActions,
  CLAIMING_DEAL_STATUSES,
  DEAL_ACTION_LABELS,
  DEAL_ACTIONS,
  DEAL_STATUS_LABELS,
  DEAL_STATUSES,
  type DealAction,
  type DealStatus,
  isClaimingStatus,
  isDealAction,
  isDealStatus,
  isEditableStatus,
  isTerminalStatus,
  nextStatus,
  statusesAllowing,
} from "../deal-status";
import { type Role, ROLES } from "../roles";

const LEGAL: ReadonlyArray<readonly [DealStatus, DealAction, DealStatus]> = [
  ["DRAFT", "SUBMIT", "SUBMITTED"],
  ["RETURNED", "SUBMIT", "SUBMITTED"],
  ["SUBMITTED", "APPROVE", "APPROVED"],
  ["SUBMITTED", "RETURN", "RETURNED"],
  ["SUBMITTED", "REJECT", "REJECTED"],
  ["DRAFT", "WITHDRAW", "WITHDRAWN"],
  ["SUBMITTED", "WITHDRAW", "WITHDRAWN"],
  ["RETURNED", "WITHDRAW", "WITHDRAWN"],
  ["APPROVED", "EXPIRE", "EXPIRED"],
];

function expectedNext(status: DealStatus, action: DealAction): DealStatus | null {
  return LEGAL.find(([from, a]) => from === status && a === action)?.[2] ?? null;
}

describe("deal status machine", () => {
  const pairs = DEAL_STATUSES.flatMap((status) =>
    DEAL_ACTIONS.map((action) => [status, action, expectedNext(status, action)] as const),
  );

  it("has 9 legal transitions among 42 pairs", () => {
    expect(pairs).toHaveLength(42);
    expect(pairs.filter(([, , next]) => next !== null)).toHaveLength(9);
  });

  it.each(pairs)("%s + %s → %s", (status, action, expected) => {
    expect(nextStatus(status, action)).toBe(expected);
  });

  it.each([
    ["SUBMIT", ["DRAFT", "RETURNED"]],
    ["APPROVE", ["SUBMITTED"]],
    ["RETURN", ["SUBMITTED"]],
    ["REJECT", ["SUBMITTED"]],
    ["WITHDRAW", ["DRAFT", "SUBMITTED", "RETURNED"]],
    ["EXPIRE", ["APPROVED"]],
  ] as const)("%s is allowed from %j", (action, statuses) => {
    expect(statusesAllowing(action)).toEqual(statuses);
  });

  it("lets partners submit and withdraw, the vendor decide, and nobody expire", () => {
    const partners = ["PARTNER_SELLER", "PARTNER_SALES_MANAGER", "PARTNER_SALES_OPS"];
    const deciders = ["VENDOR_ADMIN", "CHANNEL_MANAGER"];
    expect(ACTION_ACTORS).toEqual({
      SUBMIT: partners,
      WITHDRAW: partners,
      APPROVE: deciders,
      RETURN: deciders,
      REJECT: deciders,
      EXPIRE: [],
    });
  });

  const PARTNER_ACTIONS: Record<DealStatus, DealAction[]> = {
    DRAFT: ["SUBMIT", "WITHDRAW"],
    SUBMITTED: ["WITHDRAW"],
    APPROVED: [],
    RETURNED: ["SUBMIT", "WITHDRAW"],
    REJECTED: [],
    WITHDRAWN: [],
    EXPIRED: [],
  };
  const VENDOR_ACTIONS: Record<DealStatus, DealAction[]> = {
    DRAFT: [],
    SUBMITTED: ["APPROVE", "RETURN", "REJECT"],
    APPROVED: [],
    RETURNED: [],
    REJECTED: [],
    WITHDRAWN: [],
    EXPIRED: [],
  };
  const EXPECTED_ACTIONS: Record<Role, Record<DealStatus, DealAction[]>> = {
    VENDOR_ADMIN: VENDOR_ACTIONS,
    CHANNEL_MANAGER: VENDOR_ACTIONS,
    PARTNER_SELLER: PARTNER_ACTIONS,
    PARTNER_SALES_MANAGER: PARTNER_ACTIONS,
    PARTNER_SALES_OPS: PARTNER_ACTIONS,
  };

  it.each(
    DEAL_STATUSES.flatMap((status) =>
      ROLES.map((role) => [status, role, EXPECTED_ACTIONS[role][status]] as const),
    ),
  )("in %s, %s may %j", (status, role, expected) => {
    expect(allowedActions(status, role)).toEqual(expected);
  });

  it.each([
    ["DRAFT", false, true, false],
    ["SUBMITTED", false, false, true],
    ["APPROVED", false, false, true],
    ["RETURNED", false, true, true],
    ["REJECTED", true, false, false],
    ["WITHDRAWN", true, false, false],
    ["EXPIRED", true, false, false],
  ] as const)(
    "%s: terminal %s, editable %s, claiming %s",
    (status, terminal, editable, claiming) => {
      expect(isTerminalStatus(status)).toBe(terminal);
      expect(isEditableStatus(status)).toBe(editable);
      expect(isClaimingStatus(status)).toBe(claiming);
      expect((CLAIMING_DEAL_STATUSES as readonly DealStatus[]).includes(status)).toBe(claiming);
    },
  );

  it("labels every status and action", () => {
    expect(Object.keys(DEAL_STATUS_LABELS)).toEqual([...DEAL_STATUSES]);
    expect(Object.keys(DEAL_ACTION_LABELS)).toEqual([...DEAL_ACTIONS]);
    expect(DEAL_STATUS_LABELS.SUBMITTED).toBe("Submitted");
  });

  it("recognizes statuses and actions among unknown values", () => {
    expect(isDealStatus("APPROVED")).toBe(true);
    expect(isDealStatus("approved")).toBe(false);
    expect(isDealAction("EXPIRE")).toBe(true);
    expect(isDealAction("EXTEND")).toBe(false);
  });
});

describe("deal status helpers for the API", () => {
  it("knows the one target status of each action", () => {
    expect(targetStatus("SUBMIT")).toBe("SUBMITTED");
    expect(targetStatus("WITHDRAW")).toBe("WITHDRAWN");
    expect(targetStatus("EXPIRE")).toBe("EXPIRED");
  });

  it("lets the partner side edit drafts and returned deals, and deciders extend approved ones", () => {
    expect(canEditDeal("DRAFT", "PARTNER_SELLER")).toBe(true);
    expect(canEditDeal("RETURNED", "PARTNER_SALES_OPS")).toBe(true);
    expect(canEditDeal("SUBMITTED", "PARTNER_SELLER")).toBe(false);
    expect(canEditDeal("DRAFT", "CHANNEL_MANAGER")).toBe(false);
    expect(canExtendProtection("APPROVED", "CHANNEL_MANAGER")).toBe(true);
    expect(canExtendProtection("APPROVED", "PARTNER_SELLER")).toBe(false);
    expect(canExtendProtection("EXPIRED", "VENDOR_ADMIN")).toBe(false);
  });

  it("records creation, edits, every action and extensions in the audit trail", () => {
    expect(DEAL_EVENT_ACTIONS).toEqual(["CREATE", "UPDATE", ...DEAL_ACTIONS, "EXTEND_PROTECTION"]);
  });
});
