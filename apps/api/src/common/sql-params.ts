/** A scoping helper's output: a SQL condition and the parameters it refers to. */
export interface SqlFragment {
  sql: string;
  params: unknown[];
}

/** The positional parameters ($1, $2, …) of one statement, bound as the SQL is written. */
export class SqlParams {
  readonly values: unknown[] = [];

  bind(value: unknown): string {
    return `$${this.values.push(value)}`;
  }

  /** Appends a scope fragment built to start at the next parameter number; returns its SQL. */
  scope(build: (firstParam: number) => SqlFragment): string {
    const fragment = build(this.values.length + 1);
    this.values.push(...fragment.params);
    return fragment.sql;
  }
}

/** An ILIKE pattern matching text that contains `text` literally (its % _ \ escaped). */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, "\\$&")}%`;
}
