import {
  type DateRange,
  inPeriod,
  isPeriodPreset,
  lastNQuarters,
  PERIOD_LABELS,
  PERIOD_PRESETS,
  PeriodError,
  type PeriodErrorField,
  type PeriodInput,
  type PeriodPreset,
  quarterOf,
  resolvePeriod,
} from "../periods";

const at = (iso: string) => new Date(iso);
const range = (from: string, to: string): DateRange => ({ from: at(from), to: at(to) });

type Expectations = Record<Exclude<PeriodPreset, "CUSTOM">, [string, string]>;

const PRESET_CASES: Array<[string, Expectations]> = [
  [
    "2026-01-01T00:00:00.000Z",
    {
      THIS_MONTH: ["2026-01-01", "2026-02-01"],
      LAST_MONTH: ["2025-12-01", "2026-01-01"],
      THIS_QUARTER: ["2026-01-01", "2026-04-01"],
      LAST_QUARTER: ["2025-10-01", "2026-01-01"],
      THIS_YEAR: ["2026-01-01", "2027-01-01"],
      LAST_YEAR: ["2025-01-01", "2026-01-01"],
    },
  ],
  [
    "2026-03-31T23:59:59.999Z",
    {
      THIS_MONTH: ["2026-03-01", "2026-04-01"],
      LAST_MONTH: ["2026-02-01", "2026-03-01"],
      THIS_QUARTER: ["2026-01-01", "2026-04-01"],
      LAST_QUARTER: ["2025-10-01", "2026-01-01"],
      THIS_YEAR: ["2026-01-01", "2027-01-01"],
      LAST_YEAR: ["2025-01-01", "2026-01-01"],
    },
  ],
  [
    "2026-04-01T00:00:00.000Z",
    {
      THIS_MONTH: ["2026-04-01", "2026-05-01"],
      LAST_MONTH: ["2026-03-01", "2026-04-01"],
      THIS_QUARTER: ["2026-04-01", "2026-07-01"],
      LAST_QUARTER: ["2026-01-01", "2026-04-01"],
      THIS_YEAR: ["2026-01-01", "2027-01-01"],
      LAST_YEAR: ["2025-01-01", "2026-01-01"],
    },
  ],
  [
    "2025-12-31T23:59:59.999Z",
    {
      THIS_MONTH: ["2025-12-01", "2026-01-01"],
      LAST_MONTH: ["2025-11-01", "2025-12-01"],
      THIS_QUARTER: ["2025-10-01", "2026-01-01"],
      LAST_QUARTER: ["2025-07-01", "2025-10-01"],
      THIS_YEAR: ["2025-01-01", "2026-01-01"],
      LAST_YEAR: ["2024-01-01", "2025-01-01"],
    },
  ],
  [
    "2024-02-29T12:00:00.000Z",
    {
      THIS_MONTH: ["2024-02-01", "2024-03-01"],
      LAST_MONTH: ["2024-01-01", "2024-02-01"],
      THIS_QUARTER: ["2024-01-01", "2024-04-01"],
      LAST_QUARTER: ["2023-10-01", "2024-01-01"],
      THIS_YEAR: ["2024-01-01", "2025-01-01"],
      LAST_YEAR: ["2023-01-01", "2024-01-01"],
    },
  ],
];

describe("resolvePeriod presets", () => {
  const cases = PRESET_CASES.flatMap(([now, expectations]) =>
    Object.entries(expectations).map(([preset, [from, to]]) => [now, preset, from, to] as const),
  );

  it.each(cases)("at %s, %s is [%s, %s)", (now, preset, from, to) => {
    const resolved = resolvePeriod({ preset: preset as PeriodPreset }, at(now));
    expect(resolved).toEqual(range(`${from}T00:00:00Z`, `${to}T00:00:00Z`));
  });

  it.each(PRESET_CASES.map(([now]) => now))(
    "THIS_* contain now (%s), LAST_* end where THIS_* start",
    (now) => {
      for (const unit of ["MONTH", "QUARTER", "YEAR"] as const) {
        const current = resolvePeriod({ preset: `THIS_${unit}` }, at(now));
        const previous = resolvePeriod({ preset: `LAST_${unit}` }, at(now));
        expect(inPeriod(at(now), current)).toBe(true);
        expect(previous.to).toEqual(current.from);
      }
    },
  );

  it("ignores from and to on presets", () => {
    const now = at("2026-05-10T00:00:00Z");
    expect(resolvePeriod({ preset: "THIS_MONTH", from: "2020-01-01", to: "bogus" }, now)).toEqual(
      range("2026-05-01T00:00:00Z", "2026-06-01T00:00:00Z"),
    );
  });

  it("defaults now to the current time", () => {
    const { from, to } = resolvePeriod({ preset: "THIS_YEAR" });
    expect(inPeriod(new Date(), { from, to })).toBe(true);
  });
});

describe("resolvePeriod CUSTOM", () => {
  const custom = (from: PeriodInput["from"], to: PeriodInput["to"]) =>
    resolvePeriod({ preset: "CUSTOM", from, to });

  it("reads a date-only `to` as the end of that day", () => {
    const resolved = custom("2026-01-01", "2026-03-31");
    expect(resolved).toEqual(range("2026-01-01T00:00:00Z", "2026-04-01T00:00:00Z"));
    expect(inPeriod(at("2026-03-31T23:59:59.999Z"), resolved)).toBe(true);
    expect(inPeriod(at("2026-04-01T00:00:00Z"), resolved)).toBe(false);
  });

  it("accepts a single day", () => {
    expect(custom("2026-02-28", "2026-02-28")).toEqual(
      range("2026-02-28T00:00:00Z", "2026-03-01T00:00:00Z"),
    );
  });

  it("takes date-times as exact instants, UTC when no offset is given", () => {
    expect(custom("2026-01-01T08:30:00Z", "2026-01-31T12:00:00.250Z")).toEqual(
      range("2026-01-01T08:30:00Z", "2026-01-31T12:00:00.250Z"),
    );
    expect(custom("2026-01-01T00:00:00+02:00", "2026-01-02T10:00")).toEqual(
      range("2025-12-31T22:00:00Z", "2026-01-02T10:00:00Z"),
    );
    expect(custom(" 2026-01-01t00:00:00z ", "2026-01-02")).toEqual(
      range("2026-01-01T00:00:00Z", "2026-01-03T00:00:00Z"),
    );
  });

  it("takes Date objects as they are", () => {
    const from = at("2026-01-01T00:00:00Z");
    const to = at("2026-01-15T00:00:00Z");
    expect(custom(from, to)).toEqual({ from, to });
  });

  it("allows a span of exactly five years", () => {
    expect(custom("2021-01-01", "2025-12-31")).toEqual(
      range("2021-01-01T00:00:00Z", "2026-01-01T00:00:00Z"),
    );
  });

  it.each<[string, PeriodInput["from"], PeriodInput["to"], PeriodErrorField]>([
    ["missing from", undefined, "2026-01-31", "from"],
    ["null from", null, "2026-01-31", "from"],
    ["empty from", "", "2026-01-31", "from"],
    ["missing to", "2026-01-01", undefined, "to"],
    ["null to", "2026-01-01", null, "to"],
    ["impossible from", "2026-02-30", "2026-03-31", "from"],
    ["impossible month", "2026-13-01", "2027-01-01", "from"],
    ["not ISO", "01/02/2026", "2026-03-31", "from"],
    ["garbage to", "2026-01-01", "soon", "to"],
    ["bad time", "2026-01-01", "2026-03-31T25:00Z", "to"],
    ["impossible date-time", "2026-02-30T00:00:00Z", "2026-03-31", "from"],
    ["two-digit year", "0026-01-01", "2026-03-31", "from"],
    ["invalid Date", new Date(NaN), "2026-03-31", "from"],
    ["to before from", "2026-03-01", "2026-01-31", "to"],
    ["empty range", "2026-03-01T00:00:00Z", "2026-03-01T00:00:00Z", "to"],
    ["more than five years", "2021-01-01", "2026-01-01", "to"],
  ])("rejects %s", (_case, from, to, field) => {
    expect(() => custom(from, to)).toThrow(PeriodError);
    try {
      custom(from, to);
    } catch (error) {
      expect(error).toBeInstanceOf(Error);
      expect((error as PeriodError).name).toBe("PeriodError");
      expect((error as PeriodError).field).toBe(field);
    }
  });

  it("rejects an unknown preset", () => {
    const input = { preset: "NEXT_WEEK" } as unknown as PeriodInput;
    expect(() => resolvePeriod(input)).toThrow(expect.objectContaining({ field: "preset" }));
  });
});

describe("quarters", () => {
  it.each([
    ["2026-01-01T00:00:00Z", "2026-01-01", "2026-04-01"],
    ["2026-03-31T23:59:59.999Z", "2026-01-01", "2026-04-01"],
    ["2026-05-15T12:00:00Z", "2026-04-01", "2026-07-01"],
    ["2026-09-30T23:59:59.999Z", "2026-07-01", "2026-10-01"],
    ["2026-12-31T23:59:59.999Z", "2026-10-01", "2027-01-01"],
  ])("quarterOf(%s) is [%s, %s)", (date, from, to) => {
    expect(quarterOf(at(date))).toEqual(range(`${from}T00:00:00Z`, `${to}T00:00:00Z`));
  });

  it("lists the last n quarters, oldest first, ending with the current one", () => {
    expect(lastNQuarters(5, at("2026-02-15T00:00:00Z"))).toEqual([
      range("2025-01-01T00:00:00Z", "2025-04-01T00:00:00Z"),
      range("2025-04-01T00:00:00Z", "2025-07-01T00:00:00Z"),
      range("2025-07-01T00:00:00Z", "2025-10-01T00:00:00Z"),
      range("2025-10-01T00:00:00Z", "2026-01-01T00:00:00Z"),
      range("2026-01-01T00:00:00Z", "2026-04-01T00:00:00Z"),
    ]);
    expect(lastNQuarters(1, at("2026-02-15T00:00:00Z"))).toEqual([
      quarterOf(at("2026-02-15T00:00:00Z")),
    ]);
    expect(lastNQuarters(0, at("2026-02-15T00:00:00Z"))).toEqual([]);
  });

  it.each([-1, 1.5, NaN])("refuses %d quarters", (n) => {
    expect(() => lastNQuarters(n)).toThrow(RangeError);
  });
});

describe("periods", () => {
  it("inPeriod is half-open", () => {
    const march = range("2026-03-01T00:00:00Z", "2026-04-01T00:00:00Z");
    expect(inPeriod(at("2026-02-28T23:59:59.999Z"), march)).toBe(false);
    expect(inPeriod(at("2026-03-01T00:00:00Z"), march)).toBe(true);
    expect(inPeriod(at("2026-03-31T23:59:59.999Z"), march)).toBe(true);
    expect(inPeriod(at("2026-04-01T00:00:00Z"), march)).toBe(false);
  });

  it("labels every preset", () => {
    expect(Object.keys(PERIOD_LABELS)).toEqual([...PERIOD_PRESETS]);
    expect(PERIOD_LABELS.LAST_QUARTER).toBe("Last quarter");
  });

  it("recognizes presets", () => {
    expect(isPeriodPreset("THIS_QUARTER")).toBe(true);
    expect(isPeriodPreset("NEXT_QUARTER")).toBe(false);
  });
});
