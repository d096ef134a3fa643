import { csvField, toCsv } from "../csv";

describe("CSV", () => {
  it("quotes fields with commas, quotes or line breaks and doubles the quotes", () => {
    expect(csvField("Plain")).toBe("Plain");
    expect(csvField("Spencer, Cormier and Howell")).toBe('"Spencer, Cormier and Howell"');
    expect(csvField('The "Best" Partner')).toBe('"The ""Best"" Partner"');
    expect(csvField("Two\nlines")).toBe('"Two\nlines"');
    expect(csvField(null)).toBe("");
    expect(csvField(undefined)).toBe("");
  });

  it("keeps numbers raw and defuses text a spreadsheet would run as a formula", () => {
    expect(csvField(0.6923076923076923)).toBe("0.6923076923076923");
    expect(csvField({ decimal: "1234567.89" })).toBe("1234567.89");
    expect(csvField("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(csvField("+1 Partner")).toBe("'+1 Partner");
    expect(csvField("@home, Inc")).toBe('"\'@home, Inc"');
    expect(() => csvField({ decimal: "1,234.00" })).toThrow(RangeError);
  });

  it("writes CRLF lines", () => {
    expect(
      toCsv([
        ["a", 1],
        ["b", null],
      ]),
    ).toBe("a,1\r\nb,\r\n");
  });
});
