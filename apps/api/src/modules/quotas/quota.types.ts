import {
  QUOTA_PERIOD_KINDS,
  QUOTA_TARGET_KINDS,
  type QuotaPeriodKind,
  type QuotaTargetKind,
} from "@prm/domain";
import { Field, Float, ID, ObjectType } from "type-graphql";
import { graphqlEnum } from "../../common/graphql-enum";
import { ConnectionType } from "../../common/pagination";

export const QuotaPeriodKindEnum = graphqlEnum(QUOTA_PERIOD_KINDS, "QuotaPeriodKind", {
  description: "A calendar month, quarter (from January, April, July, October) or year, in UTC.",
});

export const QuotaTargetKindEnum = graphqlEnum(QUOTA_TARGET_KINDS, "QuotaTargetKind", {
  description: "PARTNER: a whole partner organization's quota; SELLER: one seller's.",
});

@ObjectType("Quota", {
  description:
    "A sales target for a partner organization or one seller over a calendar period, with its attainment so far.",
})
export class QuotaType {
  @Field(() => ID)
  id: string;

  @Field(() => QuotaTargetKindEnum)
  targetKind: QuotaTargetKind;

  @Field(() => QuotaPeriodKindEnum)
  periodKind: QuotaPeriodKind;

  @Field(() => String, { description: 'The first day, e.g. "2026-04-01".' })
  periodStart: string;

  @Field(() => String, { description: 'The last day, included, e.g. "2026-06-30".' })
  periodEnd: string;

  @Field(() => String, {
    description: 'How people name the period: "May 2026", "Q2 2026", "2026".',
  })
  periodLabel: string;

  @Field(() => String, { description: 'The target, a decimal string, e.g. "250000.00".' })
  amount: string;

  @Field(() => String, {
    description:
      "Won amount in the quota's period: opportunities of the partner (or the seller) closed won in it.",
  })
  wonAmount: string;

  @Field(() => Float, {
    nullable: true,
    description:
      "Quota attainment: wonAmount / amount (1 = 100 %); null when the amount is zero. The metrics' QUOTA_ATTAINMENT over this quota's period.",
  })
  attainment: number | null;

  @Field(() => Date)
  updatedAt: Date;

  @Field(() => Boolean, {
    description: "Whether you may change or delete it (setQuota, deleteQuota).",
  })
  canEdit: boolean;

  /** Resolved by QuotaResolver. */
  partnerId: string;
  sellerId: string | null;
  setById: string | null;
}

export const QuotaConnection = ConnectionType(QuotaType, "Quota");
