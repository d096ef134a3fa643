import { formatBusinessHours, formatHours } from "../hours";

describe("durations", () => {
  it.each([
    [0.4, "< 1 h"],
    [3, "3 h"],
    [30, "1 d 6 h"],
    [48, "2 d"],
    [null, "—"],
  ])("calendar time %p reads %p", (hours, text) => {
    expect(formatHours(hours)).toBe(text);
  });

  it.each([
    [0.4, "< 1 business hour"],
    [1, "1 business hour"],
    [5, "5 business hours"],
    [24, "1 business day"],
    [53, "2 business days 5 h"],
    [undefined, "—"],
  ])("business time %p reads %p", (hours, text) => {
    expect(formatBusinessHours(hours)).toBe(text);
  });
});
