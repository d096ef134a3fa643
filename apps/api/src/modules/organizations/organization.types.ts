import {
  ORGANIZATION_KINDS,
  PARTNER_TIERS,
  type OrganizationKind,
  type PartnerTier,
} from "@prm/domain";
import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { ConnectionType } from "../../common/pagination";
import type { Organization } from "./organization.entity";

export const OrganizationKindEnum = Object.fromEntries(ORGANIZATION_KINDS.map((k) => [k, k])) as {
  [K in OrganizationKind]: K;
};
registerEnumType(OrganizationKindEnum, {
  name: "OrganizationKind",
  description: "The vendor, or one of its partners (resellers).",
});

export const PartnerTierEnum = Object.fromEntries(PARTNER_TIERS.map((t) => [t, t])) as {
  [K in PartnerTier]: K;
};
registerEnumType(PartnerTierEnum, { name: "PartnerTier" });

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

  /** Resolved by OrganizationResolver (vendor side only). */
  channelManagerId: string | null;

  static from(org: Organization): OrganizationType {
    return Object.assign(new OrganizationType(), {
      id: org.id,
      name: org.name,
      kind: org.kind,
      tier: org.tier,
      channelManagerId: org.channelManagerId,
    });
  }
}

export const OrganizationConnection = ConnectionType(OrganizationType, "Organization");
