import { randomBytes } from "node:crypto";
import type { Config } from "../src/config";
import { createOrganization, createUser, TEST_PASSWORD } from "./factories";
import { codeOf, startTestApp, type GqlResult, type TestApp } from "./harness";

const LOGIN = `mutation ($input: LoginInput!) { login(input: $input) { user { id } } }`;

/** A documentation-range address no other test uses. */
const newAddress = () =>
  `2001:db8::${randomBytes(2).toString("hex")}:${randomBytes(2).toString("hex")}`;

/** An app behind one trusted proxy with these limits, and a way to sign in through the proxy. */
function appBehindProxy(loginRateLimit: Config["loginRateLimit"]) {
  const env = {} as { app: TestApp; organizationId: string };
  beforeAll(async () => {
    env.app = await startTestApp({ config: { trustProxy: 1, loginRateLimit } });
    env.organizationId = (await createOrganization(env.app.db.dataSource)).id;
  });
  afterAll(() => env.app.close());

  return {
    env,
    newUser: () =>
      createUser(env.app.db.dataSource, {
        organizationId: env.organizationId,
        role: "PARTNER_SELLER",
      }),
    /** The proxy appends the caller's address to whatever X-Forwarded-For the caller sent. */
    login: (
      email: string,
      password: string,
      address: string,
      forgedForwardedFor?: string,
    ): Promise<GqlResult> =>
      env.app.gql(
        LOGIN,
        { input: { email, password } },
        {
          headers: {
            "x-forwarded-for": forgedForwardedFor ? `${forgedForwardedFor}, ${address}` : address,
          },
        },
      ),
  };
}

describe("login throttle behind one trusted proxy", () => {
  const { env, newUser, login } = appBehindProxy({ perEmail: 5, perIp: 1000, windowSeconds: 900 });

  it("ten parallel wrong passwords with a limit of five: five are checked, five refused", async () => {
    const user = await newUser();
    const address = newAddress();
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) => login(user.email, `wrong-${i}`, address)),
    );
    const codes = results.map(codeOf);
    expect(codes.filter((code) => code === "UNAUTHENTICATED")).toHaveLength(5);
    expect(codes.filter((code) => code === "RATE_LIMITED")).toHaveLength(5);
    expect(codeOf(await login(user.email, TEST_PASSWORD, address))).toBe("RATE_LIMITED");
  });

  it("nobody can lock a known user out from elsewhere", async () => {
    const user = await newUser();
    const attacker = newAddress();
    for (let i = 0; i < 5; i++) {
      expect(codeOf(await login(user.email, `guess-${i}`, attacker))).toBe("UNAUTHENTICATED");
    }
    expect(codeOf(await login(user.email, TEST_PASSWORD, attacker))).toBe("RATE_LIMITED");
    const fromHome = await login(user.email, TEST_PASSWORD, newAddress());
    expect(fromHome.errors).toBeUndefined();
    expect(fromHome.data.login.user.id).toBe(user.id);
  });

  it("a forged left-most X-Forwarded-For entry neither changes the address nor escapes the limit", async () => {
    const user = await newUser();
    const address = newAddress();
    for (let i = 0; i < 5; i++) {
      const res = await login(user.email, `guess-${i}`, address, `198.51.100.${i}`);
      expect(codeOf(res)).toBe("UNAUTHENTICATED");
    }
    expect(codeOf(await login(user.email, TEST_PASSWORD, address, "198.51.100.99"))).toBe(
      "RATE_LIMITED",
    );

    const other = await newUser();
    const signedIn = await login(other.email, TEST_PASSWORD, address, "198.51.100.7");
    expect(signedIn.errors).toBeUndefined();
    const [session] = await env.app.db.dataSource.query(
      `SELECT ip FROM sessions WHERE user_id = $1`,
      [other.id],
    );
    expect(session.ip).toBe(address);
  });

  it("each locked window in a row makes the next one twice as long", async () => {
    const user = await newUser();
    const address = newAddress();
    const failFiveTimesThenRetryAfter = async (): Promise<number> => {
      for (let i = 0; i < 5; i++) {
        expect(codeOf(await login(user.email, `guess-${i}`, address))).toBe("UNAUTHENTICATED");
      }
      const limited = await login(user.email, TEST_PASSWORD, address);
      expect(codeOf(limited)).toBe("RATE_LIMITED");
      return Number(limited.errors![0]!.extensions!.retryAfterSeconds);
    };
    /** Moves this user's window (from this address) back in time, as if it had lapsed. */
    const letWindowLapse = (seconds: number) =>
      env.app.db.dataSource.query(
        `UPDATE login_throttle SET window_ends_at = window_ends_at - make_interval(secs => $2)
          WHERE key LIKE $1`,
        [`%${user.email}%`, seconds],
      );

    const first = await failFiveTimesThenRetryAfter();
    expect(first).toBeGreaterThan(850);
    expect(first).toBeLessThanOrEqual(900);
    await letWindowLapse(900);
    const second = await failFiveTimesThenRetryAfter();
    expect(second).toBeGreaterThan(1750);
    expect(second).toBeLessThanOrEqual(1800);
    await letWindowLapse(1800);
    expect(await failFiveTimesThenRetryAfter()).toBeGreaterThan(3550);

    // A success starts over.
    await letWindowLapse(3600);
    expect((await login(user.email, TEST_PASSWORD, address)).errors).toBeUndefined();
    expect(await failFiveTimesThenRetryAfter()).toBeLessThanOrEqual(900);
  });

  it("a success clears the failures of that email from that address", async () => {
    const user = await newUser();
    const address = newAddress();
    for (let i = 0; i < 4; i++) {
      expect(codeOf(await login(user.email, `guess-${i}`, address))).toBe("UNAUTHENTICATED");
    }
    expect((await login(user.email, TEST_PASSWORD, address)).errors).toBeUndefined();
    for (let i = 0; i < 5; i++) {
      expect(codeOf(await login(user.email, `again-${i}`, address))).toBe("UNAUTHENTICATED");
    }
    expect(codeOf(await login(user.email, TEST_PASSWORD, address))).toBe("RATE_LIMITED");
  });
});

describe("login throttle per address", () => {
  const { newUser, login } = appBehindProxy({ perEmail: 100, perIp: 3, windowSeconds: 60 });

  it("successful sign-ins do not count against the address", async () => {
    const address = newAddress();
    const user = await newUser();
    for (let i = 0; i < 5; i++) {
      expect((await login(user.email, TEST_PASSWORD, address)).errors).toBeUndefined();
    }
    for (let i = 0; i < 3; i++) {
      const res = await login(`probe-${i}@example.test`, "x", address);
      expect(codeOf(res)).toBe("UNAUTHENTICATED");
    }
    expect(codeOf(await login(user.email, TEST_PASSWORD, address))).toBe("RATE_LIMITED");
    // Another address is not affected.
    expect((await login(user.email, TEST_PASSWORD, newAddress())).errors).toBeUndefined();
  });

  it("spraying many emails behind forged left-most entries is still one address", async () => {
    const address = newAddress();
    for (let i = 0; i < 3; i++) {
      const res = await login(`spray-${i}@example.test`, "x", address, `198.51.100.${i}`);
      expect(codeOf(res)).toBe("UNAUTHENTICATED");
    }
    const res = await login("spray-next@example.test", "x", address, "198.51.100.200");
    expect(codeOf(res)).toBe("RATE_LIMITED");
  });
});
