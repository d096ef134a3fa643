import { principalOf, RequestTransaction } from "../src/database/principal";
import { createWorld } from "./factories";
import { startTestApp, type TestApp } from "./harness";

const WHO = `SELECT current_user AS role`;
type Who = { role: string }[];

/** A request's exclusive stretches (a savepoint, work as the system) against its other fields. */
describe("a request transaction's exclusive stretches", () => {
  let app: TestApp;
  let world: Awaited<ReturnType<typeof createWorld>>;

  beforeAll(async () => {
    app = await startTestApp();
    world = await createWorld(app.db.dataSource);
  });
  afterAll(() => app.close());

  // More than once: the storage that tells a stretch's own statements from the others' is switched off
  // between stretches, and must work again for the next.
  it.each([1, 2, 3])(
    "keep another field's statement out of work as the system (stretch %i)",
    async () => {
      const tx = new RequestTransaction(app.db.dataSource, { rowSecurity: true });
      tx.runsAs(
        principalOf({
          userId: world.seller.id,
          organizationId: world.seller.organizationId,
          role: "PARTNER_SELLER",
          sessionId: null,
        }),
      );
      try {
        await tx.manager.query(WHO);
        let letGo!: () => void;
        const held = new Promise<void>((resolve) => (letGo = resolve));
        let started!: () => void;
        const systemStarted = new Promise<void>((resolve) => (started = resolve));
        const stretch = tx.asSystem(async (system) => {
          const before = (await system.query(WHO)) as Who;
          started();
          await held;
          const after = (await system.query(WHO)) as Who;
          return [before[0]!.role, after[0]!.role];
        });
        await systemStarted;
        // Another field asks while the stretch runs as the system: it waits, and runs as the seller.
        const other = tx.manager.query(WHO) as Promise<Who>;
        letGo();
        expect(await stretch).toEqual(["prm_system", "prm_system"]);
        expect((await other)[0]!.role).toBe("prm_partner_seller");
      } finally {
        await tx.end();
      }
    },
  );
});
