import {
  ACTIVITY_DUE_WINDOWS,
  ACTIVITY_STATUSES,
  ACTIVITY_TYPES,
  type ActivityType,
} from "@prm/domain";
import { Field, ID, ObjectType } from "type-graphql";
import { graphqlEnum } from "../../common/graphql-enum";
import { ConnectionType } from "../../common/pagination";

export const ActivityTypeEnum = graphqlEnum(ACTIVITY_TYPES, "ActivityType", {
  description: "CALL, EMAIL, MEETING and NOTE happened at a time; a TASK is due at a time.",
});

export const ActivityDueEnum = graphqlEnum(ACTIVITY_DUE_WINDOWS, "ActivityDue", {
  description:
    "Tasks by due time, on the clocks of the filter's timeZone (UTC by default). Weeks start on Monday.",
  valuesConfig: {
    OVERDUE: { description: "Open tasks due before now." },
    TODAY: { description: "Due between today's midnight and tomorrow's." },
    THIS_WEEK: { description: "Due between this Monday's midnight and the next Monday's." },
  },
});

export const ActivityStatusEnum = graphqlEnum(ACTIVITY_STATUSES, "ActivityStatus", {
  description: "Of tasks: OPEN (not completed yet) or DONE.",
});

export const ACTIVITY_ORDERS = ["NEWEST", "DUE"] as const;
export type ActivityOrder = (typeof ACTIVITY_ORDERS)[number];
export const ActivityOrderEnum = graphqlEnum(ACTIVITY_ORDERS, "ActivityOrder", {
  valuesConfig: {
    NEWEST: { description: "Most recent first, by when it happened (tasks: when created)." },
    DUE: { description: "Tasks only, soonest due first (so overdue ones come first)." },
  },
});

@ObjectType("Activity", {
  description:
    "A communication with a customer (call, email, meeting, note) or a task, on an opportunity or an account, by its author.",
})
export class ActivityNode {
  @Field(() => ID)
  id: string;

  @Field(() => ActivityTypeEnum)
  type: ActivityType;

  @Field(() => String)
  subject: string;

  @Field(() => String, { nullable: true })
  body: string | null;

  @Field(() => Date, {
    description: "When the communication happened; for a task, when it was created.",
  })
  occurredAt: Date;

  @Field(() => Date, { nullable: true, description: "When a task is due; null otherwise." })
  dueAt: Date | null;

  @Field(() => Date, { nullable: true, description: "When a task was completed." })
  completedAt: Date | null;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date)
  updatedAt: Date;

  /** Resolved by ActivityResolver. */
  ownerId: string;
  opportunityId: string | null;
  accountId: string | null;
  contactId: string | null;
}

export const ActivityConnection = ConnectionType(ActivityNode, "Activity");
