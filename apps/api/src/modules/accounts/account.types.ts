import { Field, ID, ObjectType } from "type-graphql";
import { ConnectionType } from "../../common/pagination";

@ObjectType("Account", {
  description:
    "A customer company, seen through a deal or opportunity in your scope. Each partner keeps its own account of a customer.",
})
export class AccountType {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  name: string;

  @Field(() => String, { nullable: true, description: 'The web domain, e.g. "acme.com".' })
  domain: string | null;

  @Field(() => String, { nullable: true })
  industry: string | null;

  @Field(() => Date)
  createdAt: Date;

  /** Resolved by AccountResolver. */
  partnerId: string;
}

export const AccountConnection = ConnectionType(AccountType, "Account");

@ObjectType("Contact", {
  description:
    "A person at a customer, kept by one partner: other partners never see them, even at the same customer.",
})
export class ContactType {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  name: string;

  @Field(() => String, { nullable: true, description: "Job title." })
  title: string | null;

  @Field(() => String, { nullable: true })
  email: string | null;

  @Field(() => String, { nullable: true })
  phone: string | null;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date)
  updatedAt: Date;

  /** Resolved by ContactResolver. */
  accountId: string;
  ownerId: string | null;
}
