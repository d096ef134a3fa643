import * as domain from "../index";

describe("@prm/domain entry point", () => {
  it("re-exports every module", () => {
    for (const name of [
      "ROLES",
      "can",
      "nextStatus",
      "normalizeDomain",
      "OPPORTUNITY_STAGES",
      "resolvePeriod",
      "PeriodError",
      "METRICS",
      "formatMoney",
    ]) {
      expect(domain).toHaveProperty(name);
    }
  });
});
