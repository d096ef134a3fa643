import { errorMessage, firstGraphQLError } from "../../app/graphql-errors";
import { FIELD_ORDER, type DealFormField } from "./deal-form-model";

/** A save failure as the form shows it: the server's sentence, next to the field it names. */
export function formServerError(error: unknown): { message: string; field?: DealFormField } {
  const first = firstGraphQLError(error);
  const message = errorMessage(error);
  if (first?.extensions?.code !== "BAD_USER_INPUT") return { message };
  const named = first.extensions.field ?? first.extensions.argumentName;
  const fromExtension = FIELD_ORDER.find((field) => field === named);
  const fromMessage = FIELD_ORDER.find((field) => first.message.includes(field));
  const field = fromExtension ?? fromMessage;
  return field ? { message, field } : { message };
}

/** A fresh key per form, so a retried save never registers the same deal twice. */
export function newIdempotencyKey(): string {
  const c = globalThis.crypto;
  if (c && typeof c.randomUUID === "function") return c.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}
