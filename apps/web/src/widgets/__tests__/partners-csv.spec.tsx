import { partnersCsv } from "../partners-list/partners-csv";
import { csvFileName } from "../partners-list/usePartnersCsvExport";
import { NORTHWIND, partnerRef, performanceRow } from "../../test/partner-fixtures";

describe("CSV of the partners list", () => {
  it("has a header row and one row per partner, figures as the table shows them", () => {
    const csv = partnersCsv([
      performanceRow(NORTHWIND, {
        openAmount: "97200.00",
        wonAmount: "612600.00",
        quotaAmount: "598000.00",
        quotaAttainment: 1.0244147157190635,
        winRate: 0.7438076736279747,
      }),
      performanceRow(partnerRef("org-x", 'Smith, "Jones" & Co', null), {
        quotaAmount: null,
        quotaAttainment: null,
        winRate: null,
      }),
    ]);
    const [header, northwind, smith, end] = csv.split("\r\n");
    expect(header).toBe(
      "Partner ID,Partner,Tier,Open amount,Open opportunities,Weighted amount,Won amount,Won count," +
        "Lost amount,Lost count,Win rate by count,Win rate by amount,Quota,Quota attainment",
    );
    expect(northwind).toBe(
      "org-northwind,Northwind Solutions,Platinum,97200.00,2,5000.00,612600.00,3,4000.00,1," +
        "74%,83%,598000.00,102%",
    );
    expect(smith).toBe(
      'org-x,"Smith, ""Jones"" & Co",,10000.00,2,5000.00,20000.00,3,4000.00,1,,83%,,',
    );
    expect(end).toBe("");
  });

  it("writes every amount with two decimals and no ratio as a long fraction", () => {
    const csv = partnersCsv([
      performanceRow(NORTHWIND, { openAmount: "97200.5", wonAmount: "12", winRate: 2 / 3 }),
    ]);
    const [, row] = csv.split("\r\n");
    expect(row).toContain(",97200.50,");
    expect(row).toContain(",12.00,");
    expect(row).toContain(",67%,");
    expect(row).not.toMatch(/\d\.\d{3,}/);
  });

  it("names the file after the period", () => {
    expect(csvFileName("LAST_QUARTER")).toBe("partners-last-quarter.csv");
  });
});
