import { User } from "../../modules/users/user.entity";
import { SessionCache } from "../session-cache";
import type { Viewer } from "../viewer";

const viewer: Viewer = { userId: "u", organizationId: "o", role: "VENDOR_ADMIN", sessionId: "s1" };
const user = new User();
const later = new Date(Date.now() + 3_600_000);

describe("SessionCache", () => {
  it("keeps a verified session until forgotten", () => {
    const cache = new SessionCache(60_000);
    cache.set("token", viewer, user, later, cache.lookupStarted());
    expect(cache.get("token")?.viewer).toBe(viewer);
    cache.forget("s1");
    expect(cache.get("token")).toBeNull();
  });

  it("drops a lookup that began before a logout and finished after it", () => {
    const cache = new SessionCache(60_000);
    const lookup = cache.lookupStarted(); // read the session while it was still valid …
    cache.forget("s1"); // … then it was revoked and forgotten …
    cache.set("token", viewer, user, later, lookup); // … and only then did the lookup answer
    expect(cache.get("token")).toBeNull();
    // A lookup that began after the logout saw the revocation; what it caches is current.
    cache.set("other", { ...viewer, sessionId: "s2" }, user, later, cache.lookupStarted());
    expect(cache.get("other")).not.toBeNull();
  });
});
