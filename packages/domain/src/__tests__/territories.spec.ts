import {
  checkTerritoryName,
  isValidTerritoryMove,
  territoryDeleteRefusal,
  territorySubtreeIds,
} from "../territories";

describe("territory names", () => {
  it("are trimmed, required and at most 120 characters", () => {
    expect(checkTerritoryName("  EMEA ")).toEqual({ ok: true, name: "EMEA" });
    expect(checkTerritoryName("   ")).toEqual({
      ok: false,
      message: "Enter the territory's name.",
    });
    expect(checkTerritoryName("x".repeat(120))).toEqual({ ok: true, name: "x".repeat(120) });
    expect(checkTerritoryName("x".repeat(121)).ok).toBe(false);
  });
});

describe("deleting a territory", () => {
  it("is allowed only when nothing hangs on it", () => {
    expect(territoryDeleteRefusal("EMEA", { children: 0, users: 0, deals: 0 })).toBeNull();
  });

  it("says what is left, counted and in words", () => {
    expect(territoryDeleteRefusal("EMEA", { children: 2, users: 0, deals: 3 })).toMatch(
      /^EMEA has 2 child territories and 3 deals: /,
    );
    expect(territoryDeleteRefusal("France", { children: 1, users: 1, deals: 1 })).toMatch(
      /^France has 1 child territory, 1 assigned user and 1 deal: /,
    );
    expect(territoryDeleteRefusal("USA", { children: 0, users: 4, deals: 0 })).toMatch(
      /^USA has 4 assigned users: /,
    );
  });
});

describe("moving a territory", () => {
  const nodes = [
    { id: "emea", parentId: null },
    { id: "germany", parentId: "emea" },
    { id: "bavaria", parentId: "germany" },
    { id: "amer", parentId: null },
  ];

  it("knows a territory's subtree", () => {
    expect([...territorySubtreeIds(nodes, "emea")].sort()).toEqual(["bavaria", "emea", "germany"]);
    expect([...territorySubtreeIds(nodes, "amer")]).toEqual(["amer"]);
  });

  it("refuses to put a territory under itself or under one of its own", () => {
    expect(isValidTerritoryMove(nodes, "emea", "bavaria")).toBe(false);
    expect(isValidTerritoryMove(nodes, "emea", "emea")).toBe(false);
    expect(isValidTerritoryMove(nodes, "germany", "amer")).toBe(true);
    expect(isValidTerritoryMove(nodes, "bavaria", null)).toBe(true);
  });
});
