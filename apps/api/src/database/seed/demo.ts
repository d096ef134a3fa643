import type { DataSource } from "typeorm";

export async function isDatabaseEmpty(ds: DataSource): Promise<boolean> {
  const rows: { n: number }[] = await ds.query(`SELECT count(*)::int AS n FROM users`);
  return (rows[0]?.n ?? 0) === 0;
}

export async function seedDemo(_ds: DataSource): Promise<void> {
  throw new Error("not yet");
}
