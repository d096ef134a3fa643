import {
  checkQuotaAmount,
  quotaOverlapMessage,
  quotaPeriod,
  quotaPeriodContaining,
  quotaPeriodKindOf,
  quotaPeriodLabel,
  quotaPeriodLastDay,
  quotaTargetsOf,
  QuotaPeriodError,
  shiftQuotaPeriod,
} from "../quotas";

describe("quota periods", () => {
  it("are calendar months, quarters and years, half-open", () => {
    expect(quotaPeriod("MONTH", "2026-02-01")).toEqual({
      kind: "MONTH",
      start: "2026-02-01",
      end: "2026-03-01",
    });
    expect(quotaPeriod("QUARTER", "2026-10-01").end).toBe("2027-01-01");
    expect(quotaPeriod("YEAR", "2026-01-01").end).toBe("2027-01-01");
  });

  it("must start where their kind starts", () => {
    expect(() => quotaPeriod("MONTH", "2026-02-02")).toThrow("A month starts on its first day.");
    expect(() => quotaPeriod("QUARTER", "2026-02-01")).toThrow(/1 January, 1 April/);
    expect(() => quotaPeriod("YEAR", "2026-04-01")).toThrow("A year starts on 1 January.");
    expect(() => quotaPeriod("MONTH", "2026-02-30")).toThrow(QuotaPeriodError);
    expect(() => quotaPeriod("MONTH", "1999-12-01")).toThrow(/between 2000 and 2100/);
    expect(() => quotaPeriod("MONTH", "soon")).toThrow(/not a date/);
  });

  it("are found around a date, shifted, named and read back", () => {
    const q = quotaPeriodContaining("QUARTER", new Date("2026-05-17T12:00:00Z"));
    expect(q).toEqual({ kind: "QUARTER", start: "2026-04-01", end: "2026-07-01" });
    expect(shiftQuotaPeriod(q, -2).start).toBe("2025-10-01");
    expect(shiftQuotaPeriod(quotaPeriod("MONTH", "2026-12-01"), 1).start).toBe("2027-01-01");
    expect(quotaPeriodLabel(q)).toBe("Q2 2026");
    expect(quotaPeriodLabel({ kind: "MONTH", start: "2026-03-01" })).toBe("March 2026");
    expect(quotaPeriodLabel({ kind: "YEAR", start: "2026-01-01" })).toBe("2026");
    expect(quotaPeriodLastDay(q)).toBe("2026-06-30");
    expect(quotaPeriodKindOf("2026-04-01", "2026-07-01")).toBe("QUARTER");
    expect(quotaPeriodKindOf("2026-01-01", "2027-01-01")).toBe("YEAR");
    expect(quotaPeriodKindOf("2026-01-15", "2026-02-15")).toBeNull();
  });
});

describe("quota amounts", () => {
  it("are decimal strings of at least zero", () => {
    expect(checkQuotaAmount("25000")).toEqual({ ok: true, amount: "25000" });
    expect(checkQuotaAmount("$25,000.5")).toEqual({ ok: true, amount: "25000.50" });
    expect(checkQuotaAmount("-1").ok).toBe(false);
    expect(checkQuotaAmount("1.234").ok).toBe(false);
    expect(checkQuotaAmount("").ok).toBe(false);
  });
});

describe("who sets which quotas", () => {
  it("is the vendor side for partners and the partner side for sellers", () => {
    expect(quotaTargetsOf("CHANNEL_MANAGER")).toEqual(["PARTNER"]);
    expect(quotaTargetsOf("VENDOR_ADMIN")).toEqual(["PARTNER"]);
    expect(quotaTargetsOf("PARTNER_SALES_MANAGER")).toEqual(["SELLER"]);
    expect(quotaTargetsOf("PARTNER_SALES_OPS")).toEqual(["SELLER"]);
    expect(quotaTargetsOf("PARTNER_SELLER")).toEqual([]);
  });

  it("refuse overlaps naming the existing period", () => {
    expect(quotaOverlapMessage([{ kind: "QUARTER", start: "2026-01-01" }])).toBe(
      "This target already has a quota for Q1 2026, which overlaps that period. Change or delete that quota instead.",
    );
    expect(
      quotaOverlapMessage([
        { kind: "MONTH", start: "2026-01-01" },
        { kind: "MONTH", start: "2026-02-01" },
        { kind: "QUARTER", start: "2026-04-01" },
      ]),
    ).toBe(
      "This target already has quotas for January 2026, February 2026 and Q2 2026, which overlap that period. Change or delete those quotas instead.",
    );
  });
});
