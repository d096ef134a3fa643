import { DEAL_STATUSES, type DealStatus } from "@prm/domain";
import { Field, Float, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { ConnectionType } from "../../common/pagination";

export const DealStatusEnum = Object.fromEntries(DEAL_STATUSES.map((s) => [s, s])) as {
  [K in DealStatus]: K;
};
registerEnumType(DealStatusEnum, { name: "DealStatus" });

export const DEAL_ORDERS = ["NEWEST", "OLDEST_SUBMITTED"] as const;
export type DealOrder = (typeof DEAL_ORDERS)[number];
export const DealOrderEnum = Object.fromEntries(DEAL_ORDERS.map((o) => [o, o])) as {
  [K in DealOrder]: K;
};
registerEnumType(DealOrderEnum, {
  name: "DealOrder",
  valuesConfig: {
    NEWEST: { description: "Most recently created first." },
    OLDEST_SUBMITTED: {
      description: "Longest waiting first, by submission time; never-submitted drafts last.",
    },
  },
});

@ObjectType("Deal", {
  description: "A deal registration: a partner's claim on a prospective sale.",
})
export class DealType {
  @Field(() => ID)
  id: string;

  @Field(() => String, { description: 'The number people use, e.g. "DR-000123".' })
  number: string;

  @Field(() => DealStatusEnum)
  status: DealStatus;

  @Field(() => String)
  customerName: string;

  @Field(() => String)
  customerDomain: string;

  @Field(() => String, { description: 'A decimal string, e.g. "1234.50".' })
  estimatedAmount: string;

  @Field(() => String, { description: 'An ISO date, e.g. "2026-03-31".' })
  expectedCloseDate: string;

  @Field(() => Date, { nullable: true })
  submittedAt: Date | null;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Float, {
    nullable: true,
    description:
      "While SUBMITTED: business hours (Mon–Fri, UTC) since submission, counted like the approval SLA.",
  })
  timeInQueueHours: number | null;

  @Field(() => Boolean, {
    description: "SUBMITTED and waiting longer than the approval SLA (in business days).",
  })
  overSla: boolean;

  /** Resolved by DealResolver. */
  partnerId: string;
  ownerId: string;
}

export const DealConnection = ConnectionType(DealType, "Deal");

@ObjectType({ description: "Deals in one status: how many, and their estimated amount." })
export class DealStatusCount {
  @Field(() => DealStatusEnum)
  status: DealStatus;

  @Field(() => Int)
  count: number;

  @Field(() => String, {
    description: 'Sum of estimated amounts, a decimal string ("0.00" when none).',
  })
  amount: string;
}
