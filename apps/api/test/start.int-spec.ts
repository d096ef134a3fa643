import fs from "node:fs";
import path from "node:path";
import { DEMO_IDS, DEMO_LOGINS, DEMO_PASSWORD } from "../src/database/seed/constants";
import { startBuiltApi, type BuiltApi } from "./support/built-api";

/**
 * The real start command (built main.js) on a fresh embedded PGlite data dir: migrations,
 * demo seed, demo logins over HTTP, then a graceful SIGTERM.
 */
describe("pnpm start on a fresh machine (PGlite)", () => {
  let api: BuiltApi;
  let url: string;
  let startupOutput: string;

  beforeAll(async () => {
    api = await startBuiltApi({ timeoutMs: 120_000 });
    ({ url, startupOutput } = api);
  }, 150_000);

  afterAll(() => api?.stop());

  it("prints the URLs and every demo login", () => {
    expect(startupOutput).toContain(`PRM is running at ${url}`);
    expect(startupOutput).toContain(
      `Demo logins (just seeded) — password for all: ${DEMO_PASSWORD}`,
    );
    for (const login of DEMO_LOGINS) expect(startupOutput).toContain(login.email);
  });

  it("keeps the signing secret in the data dir", () => {
    expect(fs.readFileSync(path.join(api.dataDir, "session-secret"), "utf8").trim()).toMatch(
      /^[0-9a-f]{64}$/,
    );
  });

  it("logs in every demo user over HTTP, and me gives the right role and organization", async () => {
    const expectedOrg: Record<string, string> = {
      "admin@demo.prm": DEMO_IDS.vendor,
      "cm@demo.prm": DEMO_IDS.vendor,
      "seller@northwind.demo": DEMO_IDS.organizations.northwind,
      "manager@northwind.demo": DEMO_IDS.organizations.northwind,
      "ops@northwind.demo": DEMO_IDS.organizations.northwind,
      "seller@contoso.demo": DEMO_IDS.organizations.contoso,
    };
    for (const login of DEMO_LOGINS) {
      const res = await fetch(`${url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          query: `mutation ($input: LoginInput!) { login(input: $input) { token } }`,
          variables: { input: { email: login.email, password: DEMO_PASSWORD } },
        }),
      });
      const { data } = (await res.json()) as { data: { login: { token: string } } };
      const me = await fetch(`${url}/graphql`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          authorization: `Bearer ${data.login.token}`,
        },
        body: JSON.stringify({ query: `{ me { email role organization { id } } }` }),
      });
      const body = (await me.json()) as {
        data: { me: { email: string; role: string; organization: { id: string } } };
      };
      expect(body.data.me).toEqual({
        email: login.email,
        role: login.role,
        organization: { id: expectedOrg[login.email] },
      });
    }
  });

  it("stops cleanly on SIGTERM", async () => {
    expect(await api.stop()).toBe(0);
  });
});
