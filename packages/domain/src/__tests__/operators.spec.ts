import {
  administratorRoles,
  assignableRoles,
  hasWorkload,
  isAdministratorRole,
  lastAdministratorMessage,
  managerCycleProblem,
  mayAssignRole,
  mayBeChannelManager,
  mayTakeOverPartnerRecords,
  MIN_PASSWORD_LENGTH,
  normalizeEmail,
  passwordProblem,
  workloadMessage,
} from "../operators";

describe("operators", () => {
  it("asks for passwords of 12 characters or more, counted as a person sees them", () => {
    expect(MIN_PASSWORD_LENGTH).toBe(12);
    expect(passwordProblem("a".repeat(11))).toMatch(/at least 12 characters/);
    expect(passwordProblem("a".repeat(12))).toBeNull();
    // Eleven emoji are 22 UTF-16 units but eleven characters.
    expect(passwordProblem("😀".repeat(11))).toMatch(/at least 12/);
    expect(passwordProblem("a".repeat(1025))).toMatch(/at most 1,024/);
  });

  it("lets an administrator give the roles of their own kind of organization only", () => {
    expect(assignableRoles("PARTNER_SALES_OPS")).toEqual([
      "PARTNER_SELLER",
      "PARTNER_SALES_MANAGER",
      "PARTNER_SALES_OPS",
    ]);
    expect(assignableRoles("VENDOR_ADMIN")).toEqual(["VENDOR_ADMIN", "CHANNEL_MANAGER"]);
    expect(mayAssignRole("PARTNER_SALES_OPS", "VENDOR_ADMIN")).toBe(false);
    expect(mayAssignRole("PARTNER_SALES_OPS", "CHANNEL_MANAGER")).toBe(false);
    expect(mayAssignRole("VENDOR_ADMIN", "PARTNER_SELLER")).toBe(false);
    expect(mayAssignRole("VENDOR_ADMIN", "CHANNEL_MANAGER")).toBe(true);
  });

  it("names each kind of organization's administrators from the permissions", () => {
    expect(administratorRoles("PARTNER")).toEqual(["PARTNER_SALES_OPS"]);
    expect(administratorRoles("VENDOR")).toEqual(["VENDOR_ADMIN"]);
    expect(isAdministratorRole("PARTNER_SALES_MANAGER")).toBe(false);
    expect(lastAdministratorMessage("PARTNER", "demote")).toMatch(
      /last active partner sales operations user.*given another role/,
    );
    expect(lastAdministratorMessage("VENDOR", "deactivate")).toMatch(/vendor admin.*deactivated/);
  });

  it("knows who may own partner records and who may manage partners", () => {
    expect(mayTakeOverPartnerRecords("PARTNER_SELLER")).toBe(true);
    expect(mayTakeOverPartnerRecords("PARTNER_SALES_MANAGER")).toBe(true);
    expect(mayTakeOverPartnerRecords("PARTNER_SALES_OPS")).toBe(false);
    expect(mayTakeOverPartnerRecords("CHANNEL_MANAGER")).toBe(false);
    expect(mayBeChannelManager("CHANNEL_MANAGER")).toBe(true);
    expect(mayBeChannelManager("VENDOR_ADMIN")).toBe(false);
  });

  it("refuses a manager that would make the reporting line loop", () => {
    expect(managerCycleProblem("a", "a", [])).toMatch(/own manager/);
    // b reports to c, who reports to a: a cannot report to b.
    expect(managerCycleProblem("a", "b", ["c", "a"])).toMatch(/loop/);
    expect(managerCycleProblem("a", "b", ["c", "d"])).toBeNull();
  });

  it("says what a user still owns", () => {
    const none = { openOpportunities: 0, pendingDeals: 0, assignedPartners: 0 };
    expect(hasWorkload(none)).toBe(false);
    expect(workloadMessage({ ...none, openOpportunities: 1, pendingDeals: 2 })).toBe(
      "This user still has 1 open opportunity and 2 pending deal registrations; choose someone to take them over (reassignTo).",
    );
    expect(workloadMessage({ ...none, assignedPartners: 3 })).toMatch(/3 assigned partners/);
  });

  it("compares emails trimmed and in lower case", () => {
    expect(normalizeEmail("  Ann@Example.COM ")).toBe("ann@example.com");
  });
});
