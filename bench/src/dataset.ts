import type { Database } from "@prm/api/dist/database/data-source";
import { LARGE_SCALE, seedLarge } from "@prm/api/dist/database/seed/large";

type DataSource = Database["dataSource"];

export interface DatasetSize {
  partners: number;
  users: number;
  opportunities: number;
  deals: number;
}

export async function datasetSize(ds: DataSource): Promise<DatasetSize> {
  const [row]: DatasetSize[] = await ds.query(
    `SELECT (SELECT count(*) FROM organizations WHERE kind = 'PARTNER')::int AS partners,
            (SELECT count(*) FROM users)::int AS users,
            (SELECT count(*) FROM opportunities)::int AS opportunities,
            (SELECT count(*) FROM deals)::int AS deals`,
  );
  if (!row) throw new Error("Could not count the dataset");
  return row;
}

/** Reuses the large dataset when the database has it, and seeds it into an empty database. */
export async function ensureLargeDataset(
  ds: DataSource,
): Promise<{ size: DatasetSize; seeded: boolean }> {
  const size = await datasetSize(ds);
  if (size.partners >= LARGE_SCALE.partners) return { size, seeded: false };
  if (size.users > 0) {
    throw new Error(
      `The database has data but not the large dataset (${size.partners} partners, ` +
        `${LARGE_SCALE.partners} expected). Point DATABASE_URL at an empty database, or reseed ` +
        `this one with: DATABASE_URL=… pnpm seed -- --scale large --reset (deletes all its data).`,
    );
  }
  console.log("The database is empty: seeding the large dataset first (this takes minutes).");
  await seedLarge(ds, { log: (line) => console.log(`  ${line}`) });
  return { size: await datasetSize(ds), seeded: true };
}
