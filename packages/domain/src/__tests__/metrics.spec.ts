import {
  METRIC_NAMES,
  amountToClose,
  pipelineTrendPoints,
  METRICS,
  quotaAttainment,
  weightedAmount,
  winRate,
  winRateByAmount,
} from "../metrics";
import { STAGE_PROBABILITY } from "../opportunity-stages";

describe("metric definitions", () => {
  it("defines each metric once", () => {
    expect(METRIC_NAMES).toEqual([
      "WON_AMOUNT",
      "WON_COUNT",
      "LOST_AMOUNT",
      "LOST_COUNT",
      "OPEN_AMOUNT",
      "OPEN_COUNT",
      "WEIGHTED_AMOUNT",
      "WIN_RATE",
      "WIN_RATE_BY_AMOUNT",
      "QUOTA_AMOUNT",
      "QUOTA_ATTAINMENT",
      "AMOUNT_TO_CLOSE",
      "LOSS_REASONS",
      "PIPELINE_TREND",
    ]);
    for (const name of METRIC_NAMES) {
      expect(METRICS[name].label).not.toBe("");
      expect(METRICS[name].description).not.toBe("");
    }
    expect(new Set(METRIC_NAMES.map((name) => METRICS[name].label)).size).toBe(METRIC_NAMES.length);
  });

  it("matches the product definitions", () => {
    expect(METRICS.WON_AMOUNT).toEqual({
      label: "Won amount",
      description: "Sum of amounts of opportunities closed won with close date in the period",
      unit: "money",
    });
    expect(METRICS.WIN_RATE.unit).toBe("ratio");
    expect(METRICS.WON_COUNT.unit).toBe("count");
    expect(METRICS.QUOTA_ATTAINMENT.description).toMatch(
      /^Won amount in the quota's period \/ quota amount/,
    );
  });
});

describe("winRate", () => {
  it.each([
    [0, 0, null],
    [3, 1, 0.75],
    [0, 5, 0],
    [5, 0, 1],
  ])("won %d, lost %d → %p", (won, lost, expected) => {
    expect(winRate(won, lost)).toBe(expected);
  });

  it("by amount works on money strings", () => {
    expect(winRateByAmount("300.00", "100.00")).toBe(0.75);
    expect(winRateByAmount("0.00", "0.00")).toBeNull();
    expect(winRateByAmount(0, "250.50")).toBe(0);
  });
});

describe("quotaAttainment", () => {
  it.each([
    ["1500.00", "1000.00", 1.5],
    ["0.00", "1000.00", 0],
    ["250.00", 1000, 0.25],
    [333.33, "1000", 0.33333],
    ["100.00", null, null],
    ["100.00", "0.00", null],
    ["100.00", 0, null],
  ] as const)("won %p of quota %p → %p", (won, quota, expected) => {
    expect(quotaAttainment(won, quota)).toBe(expected);
  });
});

describe("weightedAmount", () => {
  it.each([
    ["1000.00", 75, "750.00"],
    ["1234.56", 10, "123.46"],
    ["0.01", 50, "0.01"],
    ["0.01", 49, "0.00"],
    ["999999999999.99", 100, "999999999999.99"],
    ["500.00", 0, "0.00"],
    [200, 25, "50.00"],
  ] as const)("%p at %d%% → %s", (amount, probability, expected) => {
    expect(weightedAmount(amount, probability)).toBe(expected);
  });

  it("uses stage probabilities as they are", () => {
    expect(weightedAmount("1000.00", STAGE_PROBABILITY.PROPOSAL)).toBe("500.00");
  });

  it.each([-1, 101, 2.5, NaN])("refuses probability %d", (probability) => {
    expect(() => weightedAmount("1.00", probability)).toThrow(RangeError);
  });
});

describe("amountToClose", () => {
  it("is the quota less the won amount, never below zero, and empty without a quota", () => {
    expect(amountToClose("1000.00", "250.10")).toBe("749.90");
    expect(amountToClose("1000.00", "1200.00")).toBe("0.00");
    expect(amountToClose(null, "5.00")).toBeNull();
  });
});

describe("pipelineTrendPoints", () => {
  const range = { from: new Date("2026-10-01T00:00:00Z"), to: new Date("2027-01-01T00:00:00Z") };

  it("marks each Monday 00:00 UTC of the period up to now, then now", () => {
    const points = pipelineTrendPoints(range, new Date("2026-10-20T15:00:00Z"));
    expect(points.map((p) => p.toISOString())).toEqual([
      "2026-10-05T00:00:00.000Z",
      "2026-10-12T00:00:00.000Z",
      "2026-10-19T00:00:00.000Z",
      "2026-10-20T15:00:00.000Z",
    ]);
  });

  it("ends at the period's end when it is over, and is empty before it starts", () => {
    const points = pipelineTrendPoints(range, new Date("2027-03-01T00:00:00Z"));
    expect(points).toHaveLength(14);
    expect(points[0]!.toISOString()).toBe("2026-10-05T00:00:00.000Z");
    expect(points.at(-2)!.toISOString()).toBe("2026-12-28T00:00:00.000Z");
    expect(points.at(-1)!.toISOString()).toBe("2027-01-01T00:00:00.000Z");
    expect(pipelineTrendPoints(range, new Date("2026-09-30T00:00:00Z"))).toEqual([]);
  });

  it("does not count a period starting on a Monday as a week's end", () => {
    const monday = { from: new Date("2026-11-30T00:00:00Z"), to: new Date("2026-12-14T00:00:00Z") };
    expect(pipelineTrendPoints(monday, new Date("2027-01-01")).map((p) => p.toISOString())).toEqual(
      ["2026-12-07T00:00:00.000Z", "2026-12-14T00:00:00.000Z"],
    );
  });
});
