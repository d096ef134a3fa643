/**
 * Generates a migration from the difference between the entities and the migrated schema.
 *   pnpm --filter @prm/api build && pnpm --filter @prm/api migration:generate <Name>
 * Uses an in-memory PGlite (or DATABASE_URL). Read the result before committing it.
 */
import fs from "node:fs";
import path from "node:path";
import { openDatabase } from "./data-source";

async function main() {
  const [command, name] = process.argv.slice(2);
  if (command !== "generate" || !name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
    console.error("usage: migration-cli generate <PascalCaseName>");
    process.exit(2);
  }
  const url = process.env.DATABASE_URL;
  const db = await openDatabase(
    url ? { kind: "postgres", url } : { kind: "pglite", dataDir: null },
  );
  try {
    const sql = await db.dataSource.driver.createSchemaBuilder().log();
    if (sql.upQueries.length === 0) {
      console.log("No changes: the entities match the migrations.");
      return;
    }
    const timestamp = Date.now();
    const className = `${name}${timestamp}`;
    const q = (s: string) =>
      "`" + s.replace(/\\/g, "\\\\").replace(/`/g, "\\`").replace(/\$\{/g, "\\${") + "`";
    const up = sql.upQueries.map((x) => `    await queryRunner.query(${q(x.query)});`).join("\n");
    const down = sql.downQueries
      .reverse()
      .map((x) => `    await queryRunner.query(${q(x.query)});`)
      .join("\n");
    const source = `import type { MigrationInterface, QueryRunner } from "typeorm";

export class ${className} implements MigrationInterface {
  name = "${className}";

  public async up(queryRunner: QueryRunner): Promise<void> {
${up}
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
${down}
  }
}
`;
    const file = path.resolve(
      __dirname,
      "../../src/database/migrations",
      `${timestamp}-${name}.ts`,
    );
    fs.writeFileSync(file, source);
    console.log(
      `Wrote ${path.relative(process.cwd(), file)}; add it to migrations/index.ts and read it.`,
    );
  } finally {
    await db.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
