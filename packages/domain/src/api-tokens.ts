/** API tokens for other apps (product decision): every token expires, by default in 90 days. */
export const API_TOKEN_DEFAULT_DAYS = 90;
/** The longest a token may live: a year. */
export const API_TOKEN_MAX_DAYS = 365;
export const API_TOKEN_NAME_MAX_LENGTH = 100;

export type ApiTokenStatus = "ACTIVE" | "EXPIRED" | "REVOKED";

/** Whether a token still works at `now`. */
export function apiTokenStatus(
  token: { expiresAt: string | Date; revokedAt: string | Date | null },
  now: Date = new Date(),
): ApiTokenStatus {
  if (token.revokedAt) return "REVOKED";
  return new Date(token.expiresAt).getTime() <= now.getTime() ? "EXPIRED" : "ACTIVE";
}
