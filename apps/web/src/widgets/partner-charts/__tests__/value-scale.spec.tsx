import { divergingCountScale, zeroBasedScale } from "../value-scale";

describe("zeroBasedScale", () => {
  it("puts ticks at the smallest nice step the chart has room for, up to the largest value", () => {
    // $0–1.1M over 135 px, ticks at least 60 px apart: a step of $488K at least, so $500K.
    expect(zeroBasedScale(1_100_000, (1_100_000 * 60) / 135)).toEqual({
      max: 1_100_000,
      ticks: [0, 500_000, 1_000_000],
    });
  });

  it("reaches to one step when even one step is longer than the largest value, so two ticks show", () => {
    // $599K over 50 px: a step of $719K at least, so $1M, and the axis goes to $1M.
    expect(zeroBasedScale(599_000, (599_000 * 60) / 50)).toEqual({
      max: 1_000_000,
      ticks: [0, 1_000_000],
    });
  });

  it("draws an axis for an empty chart", () => {
    expect(zeroBasedScale(0, 0)).toEqual({ max: 1, ticks: [0, 1] });
  });
});

describe("divergingCountScale", () => {
  it("is symmetric, in whole numbers, at most three steps a side", () => {
    expect(divergingCountScale(7)).toEqual({ max: 10, ticks: [-10, -5, 0, 5, 10] });
  });
});
