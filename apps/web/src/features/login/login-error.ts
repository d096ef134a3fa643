import { formatCount } from "../../app/format/count";
import { errorMessage, firstGraphQLError } from "../../app/graphql-errors";

export interface LoginError {
  message: string;
  /** When RATE_LIMITED: the moment sign-in may be tried again. */
  retryAt?: Date;
}

function formatWait(seconds: number): string {
  if (seconds < 60) return formatCount(seconds, "second");
  return formatCount(Math.ceil(seconds / 60), "minute");
}

/** Turns a failed `login` into what the form shows. */
export function describeLoginError(error: unknown, now: Date = new Date()): LoginError {
  const first = firstGraphQLError(error);
  const code = first?.extensions?.code;
  if (code === "RATE_LIMITED") {
    const seconds = Number(first?.extensions?.retryAfterSeconds);
    if (Number.isFinite(seconds) && seconds > 0) {
      const retryAt = new Date(now.getTime() + seconds * 1000);
      const clock = retryAt.toLocaleTimeString(undefined, { hour: "2-digit", minute: "2-digit" });
      return {
        message: `Too many failed sign-in attempts. Try again in ${formatWait(seconds)} (at ${clock}).`,
        retryAt,
      };
    }
    return { message: first?.message ?? "Too many failed sign-in attempts. Try again later." };
  }
  if (code === "UNAUTHENTICATED") {
    return { message: first?.message ?? "The email or password is not correct." };
  }
  return { message: errorMessage(error) };
}
