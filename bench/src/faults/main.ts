import { UsageError } from "../options";
import { FAULTS_USAGE, parseDrillOptions, type Drill, type DrillOptions } from "./options";
import { poolExhaustionDrill } from "./pool-exhaustion";
import { restartDrill } from "./restart";
import { sigtermDrill } from "./sigterm";
import { soakDrill } from "./soak";

const DRILL: Record<Drill, (options: DrillOptions) => Promise<boolean>> = {
  restart: restartDrill,
  sigterm: sigtermDrill,
  "pool-exhaustion": poolExhaustionDrill,
  soak: soakDrill,
};

async function main(): Promise<number> {
  let options: DrillOptions | null;
  try {
    options = parseDrillOptions(process.argv.slice(2), process.env);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`${error.message}\n\n${FAULTS_USAGE}`);
    return 2;
  }
  if (!options) {
    console.log(FAULTS_USAGE);
    return 0;
  }
  console.log(`Fault drill: ${options.drill} (${new Date().toISOString()})\n`);
  const passed = await DRILL[options.drill](options);
  console.log(passed ? "\nEvery target met." : "\nSome targets were missed (FAIL above).");
  return passed ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);
