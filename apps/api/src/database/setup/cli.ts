import "reflect-metadata";
import { MIN_PASSWORD_LENGTH } from "@prm/domain";
import { loadConfig, setupAdminPassword } from "../../config";
import { runCommand, UsageError } from "../command";
import { databaseTarget, openDatabase } from "../data-source";
import { loginLines } from "../seed/constants";
import { SetupError, checkFirstAdmin, createFirstAdmin } from "./first-admin";

const USAGE = `Creates your organization (the vendor) and its first admin in a database without users:
the first run of a production install, which starts empty.

Usage: pnpm --filter @prm/api create-first-admin -- --vendor NAME --admin-email EMAIL --admin-name NAME
       node apps/api/dist/database/setup/cli.js --vendor NAME --admin-email EMAIL --admin-name NAME

  --vendor NAME         your organization, as PRM shows it
  --admin-email EMAIL   the first vendor admin's sign-in
  --admin-name NAME     their name
  -h, --help            show this help

The password (at least ${MIN_PASSWORD_LENGTH} characters) is read from SETUP_ADMIN_PASSWORD, else from
standard input (asked for twice, hidden, on a terminal); never from the command line.
Run it with the environment PRM starts with: DATABASE_URL, or DATA_DIR for the embedded database
(stop PRM first then: the embedded database takes one process at a time).`;

/** Reads one line from a terminal without showing it. */
function askHidden(question: string): Promise<string> {
  const stdin = process.stdin;
  process.stderr.write(question);
  stdin.setRawMode(true);
  stdin.setEncoding("utf8");
  stdin.resume();
  return new Promise((resolve, reject) => {
    let answer = "";
    const finish = (done: () => void) => {
      stdin.off("data", onData);
      stdin.setRawMode(false);
      stdin.pause();
      process.stderr.write("\n");
      done();
    };
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === "\r" || char === "\n") return finish(() => resolve(answer));
        if (char === "\u0003") return finish(() => reject(new SetupError("Cancelled.")));
        answer = char === "\u007f" || char === "\b" ? answer.slice(0, -1) : answer + char;
      }
    };
    stdin.on("data", onData);
  });
}

async function readPassword(): Promise<string> {
  const fromEnvironment = setupAdminPassword();
  if (fromEnvironment) return fromEnvironment;
  if (process.stdin.isTTY) {
    const password = await askHidden("Password for the first admin: ");
    if ((await askHidden("The same password again: ")) !== password) {
      throw new SetupError("The two passwords differ.");
    }
    return password;
  }
  let input = "";
  for await (const chunk of process.stdin) input += String(chunk);
  return input.split(/\r?\n/, 1)[0] ?? "";
}

runCommand({
  usage: USAGE,
  options: {
    vendor: { type: "string" },
    "admin-email": { type: "string" },
    "admin-name": { type: "string" },
  },
  failure: "Setup failed",
  refusal: SetupError,
  async run({ vendor, "admin-email": adminEmail, "admin-name": adminName }) {
    if (vendor === undefined || adminEmail === undefined || adminName === undefined) {
      throw new UsageError("--vendor, --admin-email and --admin-name are all required.");
    }
    const target = databaseTarget(loadConfig());
    const firstAdmin = checkFirstAdmin({
      vendorName: vendor,
      adminEmail,
      adminName,
      password: await readPassword(),
    });
    const db = await openDatabase(target);
    try {
      const admin = await createFirstAdmin(db.dataSource, firstAdmin);
      console.log(
        [
          `Created the vendor "${firstAdmin.vendorName}" and its first admin:`,
          ...loginLines([{ email: admin.email, role: admin.role, note: admin.name }]),
          "Start PRM and sign in with that email and the password you chose.",
        ].join("\n"),
      );
    } finally {
      await db.close();
    }
  },
});
