import { parseArgs, type ParseArgsConfig } from "node:util";

type Options = NonNullable<ParseArgsConfig["options"]>;
type Values<T extends Options> = ReturnType<
  typeof parseArgs<{ args: string[]; options: T; strict: true; allowPositionals: false }>
>["values"];

/** A wrong command line: printed with the usage, exit code 2. */
export class UsageError extends Error {}

export interface Command<T extends Options> {
  usage: string;
  /** Its options; -h / --help (print the usage) comes with every command. */
  options: T;
  /** Prefix of an unexpected error's message, e.g. "Seeding failed". */
  failure: string;
  /** Errors the person running it can act on: their message is printed alone, exit code 1. */
  refusal: abstract new (...args: never[]) => Error;
  run(values: Values<T>): Promise<void>;
}

/** Runs a command-line tool over this process's arguments, then exits with its code. */
export function runCommand<T extends Options>(command: Command<T>): void {
  execute(command, process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      console.error(error instanceof command.refusal ? message : `${command.failure}: ${message}`);
      process.exit(1);
    },
  );
}

async function execute<T extends Options>(command: Command<T>, argv: string[]): Promise<number> {
  try {
    const { values } = parseArgs({
      // pnpm passes a literal "--" through when arguments follow it.
      args: argv.filter((arg) => arg !== "--"),
      options: { ...command.options, help: { type: "boolean", short: "h" } },
      strict: true,
      allowPositionals: false,
    });
    const { help, ...chosen } = values as Values<T> & { help?: boolean };
    if (help) {
      console.log(command.usage);
      return 0;
    }
    await command.run(chosen as Values<T>);
    return 0;
  } catch (error) {
    const wrongCommandLine =
      error instanceof UsageError ||
      (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS") === true;
    if (!wrongCommandLine) throw error;
    console.error(`${(error as Error).message}\n\n${command.usage}`);
    return 2;
  }
}
