import {
  PERIOD_PRESETS,
  PeriodError,
  resolvePeriod,
  type DateRange,
  type PeriodPreset,
} from "@prm/domain";
import { Field, InputType } from "type-graphql";
import { badInput } from "./errors";
import { graphqlEnum } from "./graphql-enum";

export const PeriodPresetEnum = graphqlEnum(PERIOD_PRESETS, "PeriodPreset", {
  description: "Calendar periods in UTC; CUSTOM takes `from` and `to`.",
});

@InputType()
export class PeriodInput {
  @Field(() => PeriodPresetEnum)
  preset: PeriodPreset;

  @Field(() => String, {
    nullable: true,
    description:
      "CUSTOM only: the first instant, as an ISO-8601 date (that day's start, UTC) or date-time.",
  })
  from?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "CUSTOM only: the end, as an ISO-8601 date (that whole day included, UTC) or date-time (excluded).",
  })
  to?: string | null;
}

/**
 * The range a period argument stands for, or null when none was given. The domain's
 * PeriodError becomes BAD_USER_INPUT naming the input field, e.g. "period.from".
 */
export function resolvePeriodArg(
  input: PeriodInput | null | undefined,
  argName: string,
  now: Date = new Date(),
): DateRange | null {
  if (!input) return null;
  try {
    return resolvePeriod(input, now);
  } catch (error) {
    if (error instanceof PeriodError) throw badInput(`${argName}.${error.field}`, error.message);
    throw error;
  }
}
