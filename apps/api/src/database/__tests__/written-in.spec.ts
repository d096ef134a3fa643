import { writtenIn } from "../principal";

describe("writtenIn (a request's first statement, sent with its beginning)", () => {
  const uuid = "6c1b7a52-0000-4000-8000-00000000000a";
  const digest = "a".repeat(64);

  it("writes uuids and digests in as quoted literals and integers bare, each $n once", () => {
    expect(writtenIn("SELECT $1, $2, $3, $1", [uuid, digest, 60])).toBe(
      `SELECT '${uuid}', '${digest}', 60, '${uuid}'`,
    );
    const many = Array.from({ length: 11 }, (_, i) => i);
    expect(writtenIn("SELECT $1, $10, $11", many)).toBe("SELECT 0, 9, 10");
  });

  it.each([
    ["a quote", "x' OR TRUE --"],
    ["a uuid with more after it", `${uuid}'; DROP TABLE users; --`],
    ["a fraction", 1.5],
    ["an unsafe integer", 2 ** 60],
    ["null", null],
    ["a date", new Date(0)],
  ])("gives up (null: sent with parameters instead) on %s", (_, value) => {
    expect(writtenIn("SELECT $1", [value])).toBeNull();
  });
});
