import { formatCount, pluralNoun } from "../count";

describe("counts", () => {
  it.each([
    [0, "0 partners"],
    [1, "1 partner"],
    [2, "2 partners"],
    [1250, "1,250 partners"],
  ])("%p reads %p", (count, text) => {
    expect(formatCount(count, "partner")).toBe(text);
  });

  it("takes an irregular plural", () => {
    expect(formatCount(1, "open opportunity", "open opportunities")).toBe("1 open opportunity");
    expect(formatCount(3, "open opportunity", "open opportunities")).toBe("3 open opportunities");
  });

  it("gives the noun alone, for a count shown apart from it", () => {
    expect(pluralNoun(1, "registration")).toBe("registration");
    expect(pluralNoun(0, "registration")).toBe("registrations");
  });
});
