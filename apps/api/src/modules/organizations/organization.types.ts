import {
  ORGANIZATION_KINDS,
  PARTNER_TIERS,
  type OrganizationKind,
  type PartnerTier,
} from "@prm/domain";
import { Field, ID, ObjectType } from "type-graphql";
import { ConnectionType } from "../../common/pagination";
import { UserType } from "../users/user.types";
import type { Organization } from "./organization.entity";
import { graphqlEnum } from "../../common/graphql-enum";

export const OrganizationKindEnum = graphqlEnum(ORGANIZATION_KINDS, "OrganizationKind", {
  description: "The vendor, or one of its partners (resellers).",
});

export const PartnerTierEnum = graphqlEnum(PARTNER_TIERS, "PartnerTier");

@ObjectType("Organization")
export class OrganizationType {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  name: string;

  @Field(() => OrganizationKindEnum)
  kind: OrganizationKind;

  @Field(() => PartnerTierEnum, { nullable: true, description: "Partners only." })
  tier: PartnerTier | null;

  /** Resolved by OrganizationResolver: rows built elsewhere (metrics) may not carry them. */
  domain?: string | null;
  active?: boolean;

  /** Resolved by OrganizationResolver (vendor side only). */
  channelManagerId: string | null;

  static from(org: Organization): OrganizationType {
    return Object.assign(new OrganizationType(), {
      id: org.id,
      name: org.name,
      kind: org.kind,
      tier: org.tier,
      domain: org.domain,
      active: org.active,
      channelManagerId: org.channelManagerId,
    });
  }
}

export const OrganizationConnection = ConnectionType(OrganizationType, "Organization");

@ObjectType("OnboardPartnerPayload")
export class OnboardPartnerPayload {
  @Field(() => OrganizationType)
  partner: OrganizationType;

  @Field(() => UserType, { description: "The partner's first sales operations user, invited." })
  salesOps: UserType;

  @Field(() => String, {
    description:
      "Their one-time invitation link, shown this once (only its hash is stored): hand it to them.",
  })
  invitationUrl: string;

  @Field(() => Date)
  expiresAt: Date;
}
