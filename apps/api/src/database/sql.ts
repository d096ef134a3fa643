/** Renders a list of known constants as a SQL IN list (for check constraints; never user input). */
export function sqlIn(values: readonly string[]): string {
  return values.map((v) => `'${v.replace(/'/g, "''")}'`).join(", ");
}
