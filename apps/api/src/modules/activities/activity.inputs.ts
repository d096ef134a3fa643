import {
  ACTIVITY_FIELD_LIMITS,
  ACTIVITY_TYPES,
  activityFieldTooLong,
  type ActivityDueWindow,
  type ActivityStatus,
  type ActivityType,
} from "@prm/domain";
import { ArrayMaxSize, IsOptional, IsUUID, MaxLength, ValidateNested } from "class-validator";
import { ArgsType, Field, ID, InputType } from "type-graphql";
import { PageArgs } from "../../common/pagination";
import {
  ActivityDueEnum,
  ActivityOrderEnum,
  ActivityStatusEnum,
  ActivityTypeEnum,
  type ActivityOrder,
} from "./activity.types";

const SUBJECT_LIMIT = MaxLength(ACTIVITY_FIELD_LIMITS.subject, {
  message: activityFieldTooLong("subject"),
});
const BODY_LIMIT = MaxLength(ACTIVITY_FIELD_LIMITS.body, { message: activityFieldTooLong("body") });

@InputType()
export class ActivityFilter {
  @Field(() => ID, { nullable: true, description: "Only those on this opportunity." })
  @IsOptional()
  @IsUUID("all", { message: "opportunityId must be an opportunity's id." })
  opportunityId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: "Only those on this account (its opportunities' included).",
  })
  @IsOptional()
  @IsUUID("all", { message: "accountId must be an account's id." })
  accountId?: string | null;

  @Field(() => ID, { nullable: true, description: "Only those by this author." })
  @IsOptional()
  @IsUUID("all", { message: "ownerId must be a user's id." })
  ownerId?: string | null;

  @Field(() => [ActivityTypeEnum], {
    nullable: true,
    description: "Only these types; all when absent or empty.",
  })
  @IsOptional()
  @ArrayMaxSize(ACTIVITY_TYPES.length, {
    message: `types can list at most ${ACTIVITY_TYPES.length} types.`,
  })
  types?: ActivityType[] | null;

  @Field(() => ActivityDueEnum, { nullable: true, description: "Only tasks due in this window." })
  due?: ActivityDueWindow | null;

  @Field(() => ActivityStatusEnum, {
    nullable: true,
    description: "Only tasks, open or done.",
  })
  status?: ActivityStatus | null;

  @Field(() => String, {
    nullable: true,
    defaultValue: "UTC",
    description:
      'The IANA time zone whose clocks say when "today" and "this week" are, e.g. "Europe/Berlin". UTC by default.',
  })
  @IsOptional()
  @MaxLength(ACTIVITY_FIELD_LIMITS.timeZone, {
    message: `timeZone can be at most ${ACTIVITY_FIELD_LIMITS.timeZone} characters.`,
  })
  timeZone?: string | null;
}

@ArgsType()
export class ActivitiesArgs extends PageArgs {
  @Field(() => ActivityFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: ActivityFilter | null;

  @Field(() => ActivityOrderEnum, {
    nullable: true,
    description: "DUE when the filter asks for tasks by due window or status, else NEWEST.",
  })
  orderBy?: ActivityOrder | null;
}

@InputType({
  description:
    "An activity on an opportunity (and so its account) or on an account, optionally with one of your organization's contacts there.",
})
export class LogActivityInput {
  @Field(() => ActivityTypeEnum)
  type: ActivityType;

  @Field(() => String)
  @SUBJECT_LIMIT
  subject: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @BODY_LIMIT
  body?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: "An opportunity you can see; give it or accountId, not both.",
  })
  opportunityId?: string | null;

  @Field(() => ID, { nullable: true, description: "An account you can see." })
  accountId?: string | null;

  @Field(() => ID, { nullable: true, description: "One of your organization's contacts there." })
  contactId?: string | null;

  @Field(() => Date, {
    nullable: true,
    description: "When a communication happened (now when absent; never in the future).",
  })
  occurredAt?: Date | null;

  @Field(() => Date, { nullable: true, description: "When a task is due (required for tasks)." })
  dueAt?: Date | null;
}

@InputType({ description: "Changes to your own activity; absent fields stay as they are." })
export class UpdateActivityInput {
  @Field(() => ID)
  id: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @SUBJECT_LIMIT
  subject?: string | null;

  @Field(() => String, { nullable: true, description: "null clears it." })
  @IsOptional()
  @BODY_LIMIT
  body?: string | null;

  @Field(() => Date, { nullable: true, description: "Communications only." })
  occurredAt?: Date | null;

  @Field(() => Date, { nullable: true, description: "Tasks only." })
  dueAt?: Date | null;

  @Field(() => ID, { nullable: true, description: "null removes the contact." })
  contactId?: string | null;
}
