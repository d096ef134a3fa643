import { apiTokenStatus } from "../api-tokens";

describe("API token status", () => {
  const now = new Date("2026-05-01T12:00:00Z");
  it("is revoked, expired or active", () => {
    expect(
      apiTokenStatus({ expiresAt: "2026-06-01T00:00:00Z", revokedAt: "2026-04-01T00:00:00Z" }, now),
    ).toBe("REVOKED");
    expect(apiTokenStatus({ expiresAt: "2026-05-01T12:00:00Z", revokedAt: null }, now)).toBe(
      "EXPIRED",
    );
    expect(apiTokenStatus({ expiresAt: "2026-05-01T12:00:01Z", revokedAt: null }, now)).toBe(
      "ACTIVE",
    );
  });
});
