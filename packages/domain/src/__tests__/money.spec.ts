import {
  addMoney,
  centsToMoney,
  formatMoney,
  isMoneyString,
  parseMoneyInput,
  sumMoney,
  toCents,
} from "../money";

describe("isMoneyString", () => {
  it.each(["0", "0.5", "0.05", "1234.50", "999999999999.99", "000000000001"])("accepts %j", (s) => {
    expect(isMoneyString(s)).toBe(true);
  });

  it.each(["", "-1", "1.", ".5", "1.234", "1000000000000", "1,234", " 1", "1e3", "$1", 1234, null])(
    "rejects %j",
    (s) => {
      expect(isMoneyString(s)).toBe(false);
    },
  );
});

describe("cents", () => {
  it.each([
    ["0", 0n],
    ["0.01", 1n],
    ["1234.5", 123450n],
    ["1234.50", 123450n],
    ["-12.30", -1230n],
    ["12345678901234.56", 1234567890123456n],
    [1234.5, 123450n],
    [0.1 + 0.2, 30n],
    [-0.07, -7n],
  ] as const)("toCents(%p) = %p", (amount, cents) => {
    expect(toCents(amount)).toBe(cents);
  });

  it.each(["", "abc", "1.234", "1e3", "1,234", " 1", "1.", NaN, Infinity])(
    "toCents refuses %p",
    (amount) => {
      expect(() => toCents(amount)).toThrow(RangeError);
    },
  );

  it.each([
    [0n, "0.00"],
    [5n, "0.05"],
    [50n, "0.50"],
    [123450n, "1234.50"],
    [-5n, "-0.05"],
    [-123450n, "-1234.50"],
    [99999999999999999n, "999999999999999.99"],
  ])("centsToMoney(%p) = %s", (cents, money) => {
    expect(centsToMoney(cents)).toBe(money);
  });

  it("adds without floating point error", () => {
    expect(addMoney("0.10", "0.20")).toBe("0.30");
    expect(addMoney(0.1, 0.2)).toBe("0.30");
    expect(addMoney("999999999999.99", "0.01")).toBe("1000000000000.00");
    expect(addMoney("5.00", "-7.25")).toBe("-2.25");
    expect(sumMoney([])).toBe("0.00");
    expect(sumMoney(["0.10", "0.20", 0.3, "999999999999.99"])).toBe("1000000000000.59");
  });
});

describe("formatMoney", () => {
  it.each([
    ["1234.5", {}, "$1,234.50"],
    [0, {}, "$0.00"],
    ["0.05", {}, "$0.05"],
    ["-5", {}, "-$5.00"],
    ["999999999999.99", {}, "$999,999,999,999.99"],
    ["12345678901234567.89", {}, "$12,345,678,901,234,567.89"],
    ["1234567.89", { compact: true }, "$1.2M"],
    ["1500", { compact: true }, "$1.5K"],
    ["950", { compact: true }, "$950"],
    ["1234.5", { currency: "EUR", locale: "de-DE" }, "1.234,50\u00a0€"],
    ["1234", { currency: "JPY", locale: "ja-JP" }, "￥1,234"],
  ] as const)("%p with %j → %s", (amount, opts, expected) => {
    expect(formatMoney(amount, opts)).toBe(expected);
  });

  it("refuses what is not an amount", () => {
    expect(() => formatMoney("abc")).toThrow(RangeError);
  });
});

describe("parseMoneyInput", () => {
  it.each([
    ["1,234.5", "1234.50"],
    ["$1234", "1234.00"],
    ["$ 1,234,567.89", "1234567.89"],
    ["  12  ", "12.00"],
    ["0", "0.00"],
    [".5", "0.50"],
    ["5.", "5.00"],
    ["007", "7.00"],
    ["999,999,999,999.99", "999999999999.99"],
    ["0000000000001", "1.00"],
  ])("%j → %j", (input, expected) => {
    expect(parseMoneyInput(input)).toBe(expected);
  });

  it.each([
    "",
    "$",
    ".",
    "-5",
    "$-5",
    "1.234",
    "1,5",
    "12,34,567",
    "1,234,56",
    ",123",
    "abc",
    "1000000000000",
    "1 234",
    "1e3",
    "€5",
  ])("rejects %j", (input) => {
    expect(parseMoneyInput(input)).toBeNull();
  });
});
