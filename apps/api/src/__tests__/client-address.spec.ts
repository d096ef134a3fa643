import { clientAddress } from "../context";

describe("the client address, counted in trusted proxy hops from the right", () => {
  const socket = "10.0.0.9";

  it.each([
    [0, "198.51.100.1, 203.0.113.5", socket],
    [1, "198.51.100.1, 203.0.113.5", "203.0.113.5"],
    [2, "198.51.100.1, 203.0.113.5", "198.51.100.1"],
    [3, "198.51.100.1, 203.0.113.5", "198.51.100.1"],
    [1, "198.51.100.1,203.0.113.5 ,", "203.0.113.5"],
    [1, undefined, socket],
    [1, "", socket],
    [1, ["198.51.100.1, 198.51.100.2", "203.0.113.5"], "203.0.113.5"],
  ])("%i hops, X-Forwarded-For %j: %s", (hops, forwardedFor, expected) => {
    expect(clientAddress(forwardedFor, socket, hops)).toBe(expected);
  });

  it("is never longer than 64 characters, whatever a proxy forwards", () => {
    expect(clientAddress("x".repeat(500), socket, 1)).toHaveLength(64);
  });

  it("says unknown when there is no address at all", () => {
    expect(clientAddress(undefined, undefined, 0)).toBe("unknown");
  });
});
