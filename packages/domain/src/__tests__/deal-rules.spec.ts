import {
  addBusinessDays,
  businessMillisBetween,
  DEAL_FIELD_LIMITS,
  DEFAULT_APPROVAL_SLA_BUSINESS_DAYS,
  DEFAULT_PROTECTION_DAYS,
  formatDealNumber,
  isOverSla,
  normalizeCompanyName,
  normalizeDomain,
  parseDealNumber,
  protectionExpiresAt,
} from "../deal-rules";

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const at = (iso: string) => new Date(iso);

describe("deal defaults and limits", () => {
  it("has the documented values", () => {
    expect(DEFAULT_PROTECTION_DAYS).toBe(90);
    expect(DEFAULT_APPROVAL_SLA_BUSINESS_DAYS).toBe(2);
    expect(DEAL_FIELD_LIMITS).toEqual({
      customerName: 200,
      customerDomain: 253,
      contactName: 200,
      contactEmail: 254,
      description: 5000,
      products: { maxItems: 20, maxLength: 100 },
      reason: 2000,
      maxEstimatedAmount: 999999999999.99,
    });
  });

  it("expires protection after calendar days", () => {
    expect(protectionExpiresAt(at("2026-01-02T10:00:00Z"))).toEqual(at("2026-04-02T10:00:00Z"));
    expect(protectionExpiresAt(at("2026-01-02T10:00:00Z"), 30)).toEqual(at("2026-02-01T10:00:00Z"));
  });
});

describe("deal numbers", () => {
  it.each([
    [1, "DR-000001"],
    [123, "DR-000123"],
    [999999, "DR-999999"],
    [1234567, "DR-1234567"],
  ])("formats %d as %s and parses it back", (n, s) => {
    expect(formatDealNumber(n)).toBe(s);
    expect(parseDealNumber(s)).toBe(n);
  });

  it.each([0, -1, 1.5, NaN, Infinity])("refuses to format %d", (n) => {
    expect(() => formatDealNumber(n)).toThrow(RangeError);
  });

  it("parses leniently on case and surrounding space", () => {
    expect(parseDealNumber("dr-000123")).toBe(123);
    expect(parseDealNumber("  DR-000042 ")).toBe(42);
    expect(parseDealNumber("DR-42")).toBe(42);
  });

  it.each(["", "DR-", "DR-0", "DR-000000", "123", "DR000123", "DR-12a", "XR-000123", "DR--1"])(
    "rejects %j",
    (s) => {
      expect(parseDealNumber(s)).toBeNull();
    },
  );
});

describe("normalizeDomain", () => {
  it.each([
    ["acme.com", "acme.com"],
    ["https://WWW.Acme.com/about", "acme.com"],
    ["  Acme.COM  ", "acme.com"],
    ["www.acme.com", "acme.com"],
    ["http://user:secret@shop.acme.co.uk:8443/path?q=1#top", "shop.acme.co.uk"],
    ["acme.com.", "acme.com"],
    ["acme.com?ref=partner", "acme.com"],
    ["acme.com:443", "acme.com"],
    ["//acme.com/x", "acme.com"],
    ["jane@acme.com", "acme.com"],
    ["www2.acme.com", "www2.acme.com"],
    ["my-company.io", "my-company.io"],
    ["xn--mller-kva.de", "xn--mller-kva.de"],
    [`${"a".repeat(63)}.com`, `${"a".repeat(63)}.com`],
  ])("%j → %j", (input, expected) => {
    expect(normalizeDomain(input)).toBe(expected);
  });

  it.each([
    "",
    "   ",
    "acme",
    "acme..com",
    ".acme.com",
    "-acme.com",
    "acme-.com",
    "acme.com-",
    "acme_corp.com",
    "ac me.com",
    "müller.de",
    "192.168.0.1",
    "acme.123",
    "http://",
    "https://localhost:3000",
    `${"a".repeat(64)}.com`,
    `${Array.from({ length: 64 }, () => "abc").join(".")}.com`,
  ])("rejects %j", (input) => {
    expect(normalizeDomain(input)).toBeNull();
  });
});

describe("normalizeCompanyName", () => {
  it.each([
    ["Acme, Inc.", "acme"],
    ["ACME Corporation", "acme"],
    ["Acme Co., Ltd.", "acme"],
    ["Acme Pty Ltd", "acme"],
    ["Acme LLC", "acme"],
    ["Müller GmbH & Co. KG", "muller"],
    ["Straße AG", "strasse"],
    ["  Société   Générale S.A. ", "societe generale"],
    ["Procter & Gamble Co.", "procter and gamble"],
    ["Smith & Co.", "smith"],
    ["Johnson & Johnson", "johnson and johnson"],
    ["Smith & Sons Ltd", "smith and sons"],
    ["O'Brien Consulting, L.L.C.", "obrien consulting"],
    ["Hewlett-Packard Enterprise", "hewlett packard enterprise"],
    ["3M Company", "3m"],
    ["AB Volvo", "ab volvo"],
    ["Company Inc.", "company"],
    ["Inc.", "inc"],
    ["Ｆｕｌｌｗｉｄｔｈ Ltd", "fullwidth"],
    ["", ""],
    ["  ---  ", ""],
  ])("%j → %j", (input, expected) => {
    expect(normalizeCompanyName(input)).toBe(expected);
  });

  it("makes spellings of one company equal", () => {
    const spellings = ["Acme Inc", "ACME, Inc.", "acme incorporated", "Acme", " Acme  Corp. "];
    expect(new Set(spellings.map(normalizeCompanyName))).toEqual(new Set(["acme"]));
  });
});

describe("business days", () => {
  // 2026-01-01 is a Thursday; 3–4 January are the weekend.
  it.each([
    ["2026-01-05T10:00:00Z", 2, "2026-01-07T10:00:00Z"], // Mon → Wed
    ["2026-01-01T15:00:00Z", 2, "2026-01-05T15:00:00Z"], // Thu → Mon, over the weekend
    ["2026-01-02T15:00:00Z", 1, "2026-01-05T15:00:00Z"], // Fri → Mon
    ["2026-01-02T15:00:00Z", 2, "2026-01-06T15:00:00Z"], // Fri → Tue
    ["2026-01-01T00:00:00Z", 2, "2026-01-05T00:00:00Z"], // ends exactly at the weekend
    ["2026-01-03T10:00:00Z", 2, "2026-01-07T00:00:00Z"], // Sat counts from Mon 00:00
    ["2026-01-04T23:59:59Z", 0, "2026-01-05T00:00:00Z"],
    ["2026-01-05T10:00:00Z", 10, "2026-01-19T10:00:00Z"], // two whole weeks
    ["2026-01-05T10:00:00Z", -1, "2026-01-02T10:00:00Z"],
    ["2026-01-05T10:00:00Z", 0.5, "2026-01-05T22:00:00Z"],
  ] as const)("%s + %d business days = %s", (start, days, expected) => {
    expect(addBusinessDays(at(start), days)).toEqual(at(expected));
  });

  it("refuses a non-finite number of days", () => {
    expect(() => addBusinessDays(at("2026-01-05T10:00:00Z"), NaN)).toThrow(RangeError);
  });

  it.each([
    ["2026-01-05T10:00:00Z", "2026-01-05T16:30:00Z", 6.5 * HOUR],
    ["2026-01-02T15:00:00Z", "2026-01-05T09:00:00Z", 18 * HOUR], // Fri → Mon skips the weekend
    ["2026-01-03T08:00:00Z", "2026-01-04T20:00:00Z", 0], // inside a weekend
    ["2026-01-03T08:00:00Z", "2026-01-05T06:00:00Z", 6 * HOUR],
    ["2026-01-05T00:00:00Z", "2026-02-09T00:00:00Z", 25 * DAY], // five weeks
    ["2025-12-31T12:00:00Z", "2026-01-01T12:00:00Z", DAY], // across a year boundary
    ["2026-01-07T00:00:00Z", "2026-01-05T00:00:00Z", 0], // reversed
  ] as const)("between %s and %s: %d ms", (from, to, expected) => {
    expect(businessMillisBetween(at(from), at(to))).toBe(expected);
  });

  it("agrees with addBusinessDays", () => {
    for (let hour = 0; hour < 7 * 24; hour += 5) {
      const start = new Date(Date.UTC(2026, 0, 5, hour));
      const isWeekday = start.getUTCDay() >= 1 && start.getUTCDay() <= 5;
      for (const days of [1, 2, 3, 5, 7]) {
        const end = addBusinessDays(start, days);
        if (isWeekday) expect(businessMillisBetween(start, end)).toBe(days * DAY);
        expect(end.getUTCDay()).not.toBe(0);
        expect(end.getUTCDay()).not.toBe(6);
      }
    }
  });
});

describe("isOverSla", () => {
  const thursday = at("2026-01-01T15:00:00Z"); // due Monday 15:00

  it.each([
    ["2026-01-02T15:00:00Z", false],
    ["2026-01-03T12:00:00Z", false], // the weekend does not count
    ["2026-01-04T23:59:59Z", false],
    ["2026-01-05T14:59:59Z", false],
    ["2026-01-05T15:00:00Z", false],
    ["2026-01-05T15:00:00.001Z", true],
    ["2026-01-06T09:00:00Z", true],
  ] as const)("at %s: %s", (now, over) => {
    expect(isOverSla(thursday, at(now))).toBe(over);
  });

  it("takes another SLA", () => {
    expect(isOverSla(thursday, at("2026-01-02T16:00:00Z"), 1)).toBe(true);
    expect(isOverSla(thursday, at("2026-01-05T16:00:00Z"), 3)).toBe(false);
  });

  it("treats a registration submitted on a weekend as submitted on Monday morning", () => {
    const saturday = at("2026-01-03T10:00:00Z");
    expect(isOverSla(saturday, at("2026-01-06T23:59:59Z"))).toBe(false);
    expect(isOverSla(saturday, at("2026-01-07T00:00:01Z"))).toBe(true);
  });
});
