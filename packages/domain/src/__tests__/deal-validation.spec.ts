import { checkDealFields, reasonError } from "../deal-validation";

const today = "2026-11-26";
const valid = {
  customerName: "  Acme, Inc. ",
  customerDomain: "https://www.Acme.com/about",
  contactName: "Ann",
  contactEmail: "ann@acme.com",
  estimatedAmount: "$1,234.5",
  expectedCloseDate: "2026-12-31",
  products: ["Widget", " Widget ", "Gadget", ""],
  description: "  ",
};

const fieldsOf = (input: Parameters<typeof checkDealFields>[0], partial = false) =>
  checkDealFields(input, { today, partial }).errors.map((e) => e.field);

describe("checkDealFields", () => {
  it("normalizes a valid registration", () => {
    expect(checkDealFields(valid, { today })).toEqual({
      errors: [],
      values: {
        customerName: "Acme, Inc.",
        normalizedName: "acme",
        customerDomain: "https://www.Acme.com/about",
        normalizedDomain: "acme.com",
        contactName: "Ann",
        contactEmail: "ann@acme.com",
        estimatedAmount: "1234.50",
        expectedCloseDate: "2026-12-31",
        products: ["Widget", "Gadget"],
        description: null,
      },
    });
  });

  it("names every missing required field", () => {
    expect(fieldsOf({})).toEqual([
      "customerName",
      "customerDomain",
      "estimatedAmount",
      "expectedCloseDate",
    ]);
  });

  it.each([
    ["customerName", { customerName: "x".repeat(201) }],
    ["customerDomain", { customerDomain: "not a domain" }],
    ["customerDomain", { customerDomain: "127.0.0.1" }],
    ["contactEmail", { contactEmail: "nope" }],
    ["contactName", { contactName: "x".repeat(201) }],
    ["estimatedAmount", { estimatedAmount: "-5" }],
    ["estimatedAmount", { estimatedAmount: "1000000000000" }],
    ["estimatedAmount", { estimatedAmount: "1.234" }],
    ["expectedCloseDate", { expectedCloseDate: "2026-11-25" }],
    ["expectedCloseDate", { expectedCloseDate: "2026-02-30" }],
    ["products", { products: Array.from({ length: 21 }, (_, i) => `p${i}`) }],
    ["products", { products: ["x".repeat(101)] }],
    ["description", { description: "x".repeat(5001) }],
  ])("rejects a bad %s", (field, patch) => {
    expect(fieldsOf({ ...valid, ...patch })).toEqual([field]);
  });

  it("accepts today as the close date", () => {
    expect(fieldsOf({ ...valid, expectedCloseDate: today })).toEqual([]);
  });

  it("checks only the given fields of a partial update, but never blanks a required one", () => {
    expect(checkDealFields({ contactName: "Bo" }, { today, partial: true })).toEqual({
      errors: [],
      values: { contactName: "Bo" },
    });
    expect(fieldsOf({ customerName: " " }, true)).toEqual(["customerName"]);
    expect(fieldsOf({ customerDomain: null }, true)).toEqual(["customerDomain"]);
  });
});

describe("reasonError", () => {
  it("requires a reason of at most 2000 characters", () => {
    expect(reasonError("  ", "A reason")).toBe("A reason is required.");
    expect(reasonError("x".repeat(2001), "A reason")).toMatch(/at most 2000/);
    expect(reasonError("Duplicate", "A reason")).toBeNull();
  });
});
