import {
  createScopeWorld,
  insertAccount,
  insertOpportunity,
  type ScopeWorld,
} from "./accounts-fixture";
import { codeOf, startTestApp, type TestApp } from "./harness";

const LOG = `mutation ($input: LogActivityInput!) { logActivity(input: $input) { id subject } }`;
const FAILS_AT_COMMIT = "Refused at commit";

/**
 * A request's transaction commits before its answer is sent (graphql-http.ts), the commit begun as
 * soon as the operation has run: an answered write is a saved one, and a write whose commit fails
 * is answered as not saved, never as done.
 */
describe("the request's commit", () => {
  let app: TestApp;
  let w: ScopeWorld;
  let opportunity: string;
  const ds = () => app.db.dataSource;
  const log = async (subject: string) =>
    app.gql(
      LOG,
      { input: { type: "NOTE", subject, opportunityId: opportunity } },
      { token: await app.tokenOf(w.seller) },
    );
  const activitiesNamed = async (subject: string) =>
    Number(
      (
        (await ds().query(`SELECT count(*) AS n FROM activities WHERE subject = $1`, [
          subject,
        ])) as { n: string }[]
      )[0]!.n,
    );

  beforeAll(async () => {
    app = await startTestApp();
    w = await createScopeWorld(ds());
    const account = await insertAccount(ds(), { owner: w.seller });
    opportunity = await insertOpportunity(ds(), { owner: w.seller, accountId: account });
    // A check PostgreSQL runs only at COMMIT (a deferred constraint trigger): the statement
    // succeeds, the operation answers, and then the commit fails.
    await ds().query(`CREATE FUNCTION refuse_at_commit() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'refused at commit'; END $$`);
    await ds().query(`CREATE CONSTRAINT TRIGGER refuse_at_commit AFTER INSERT ON activities
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
      WHEN (NEW.subject = '${FAILS_AT_COMMIT}') EXECUTE FUNCTION refuse_at_commit()`);
  });
  afterAll(() => app.close());

  it("answers a write once it is committed: the row is there when the answer arrives", async () => {
    const res = await log("Saved before the answer");
    expect(res.errors).toBeUndefined();
    expect(res.data.logActivity.subject).toBe("Saved before the answer");
    expect(await activitiesNamed("Saved before the answer")).toBe(1);
  });

  it("answers a write whose commit fails as not saved (retryable), and keeps nothing of it", async () => {
    const res = await log(FAILS_AT_COMMIT);
    expect(res.status).toBe(503);
    expect(codeOf(res)).toBe("SERVICE_UNAVAILABLE");
    expect(res.errors![0]!.message).toMatch(/nothing was saved/);
    expect(res.data).toBeUndefined();
    expect(await activitiesNamed(FAILS_AT_COMMIT)).toBe(0);
  });

  it("serves the next requests normally after a failed commit", async () => {
    for (let i = 0; i < 3; i++) {
      const res = await log(`After the refusal ${i}`);
      expect(res.errors).toBeUndefined();
    }
    expect(await activitiesNamed("After the refusal 2")).toBe(1);
  });
});
