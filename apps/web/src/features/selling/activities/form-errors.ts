import { errorMessage, firstGraphQLError } from "../../../app/graphql-errors";

/**
 * A save failure as a form shows it: the server's sentence, next to the form field it names when
 * `fields` maps it (BAD_USER_INPUT's `field`: "subject", or "input.subject" from argument checks).
 */
export function formServerError<F extends string>(
  error: unknown,
  fields: Readonly<Record<string, F>>,
): { message: string; field?: F } {
  const message = errorMessage(error);
  const first = firstGraphQLError(error);
  if (first?.extensions?.code !== "BAD_USER_INPUT") return { message };
  const named = first.extensions.field;
  const leaf = typeof named === "string" ? named.split(".").pop() : undefined;
  const field = leaf && Object.hasOwn(fields, leaf) ? fields[leaf] : undefined;
  return field ? { message, field } : { message };
}
