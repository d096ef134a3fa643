import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { Requires } from "../../auth/access";
import { requireViewer } from "../../auth/viewer";
import type { Connection } from "../../common/pagination";
import type { Context } from "../../context";
import { OpportunityType } from "../opportunities/opportunity.types";
import { referencedOrganization } from "../organizations/organization.loaders";
import { OrganizationType } from "../organizations/organization.types";
import { referencedUser } from "../users/user.loaders";
import { UserType } from "../users/user.types";
import {
  AccountsArgs,
  CreateContactInput,
  NestedListArgs,
  UpdateContactInput,
} from "./account.inputs";
import { accountLoaders } from "./account.loaders";
import { AccountReadService } from "./account.service";
import { AccountConnection, AccountType, ContactType } from "./account.types";
import { ContactService } from "./contact.service";

@Resolver(() => AccountType)
export class AccountResolver {
  @Requires("account:read")
  @Query(() => AccountConnection, {
    description:
      "Customer accounts you can see — those with a deal or opportunity in your scope — by name.",
  })
  accounts(
    @Args(() => AccountsArgs) args: AccountsArgs,
    @Ctx() ctx: Context,
  ): Promise<Connection<AccountType>> {
    return new AccountReadService(ctx).accounts(requireViewer(ctx), args);
  }

  @Requires("account:read")
  @Query(() => AccountType, { nullable: true, description: "An account you can see, or null." })
  account(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<AccountType | null> {
    return new AccountReadService(ctx).account(requireViewer(ctx), id);
  }

  @FieldResolver(() => OrganizationType, { description: "The partner whose account it is." })
  partner(@Root() account: AccountType, @Ctx() ctx: Context): Promise<OrganizationType> {
    return referencedOrganization(ctx, account.partnerId);
  }

  @FieldResolver(() => [ContactType], {
    description:
      "Its people your organization keeps (the partner's, for the vendor side), by name.",
  })
  contacts(@Root() account: AccountType, @Ctx() ctx: Context): Promise<ContactType[]> {
    return accountLoaders(ctx).contactsOfAccount.load(account.id);
  }

  @FieldResolver(() => [OpportunityType], {
    description: "Its opportunities in your scope, newest first.",
  })
  opportunities(
    @Root() account: AccountType,
    @Args(() => NestedListArgs) { first }: NestedListArgs,
    @Ctx() ctx: Context,
  ): Promise<OpportunityType[]> {
    return accountLoaders(ctx).opportunities(first).load(account.id);
  }

  @FieldResolver(() => String, {
    description:
      'The amount of its open opportunities in your scope, a decimal string ("0.00" when none).',
  })
  openAmount(@Root() account: AccountType, @Ctx() ctx: Context): Promise<string> {
    return accountLoaders(ctx).openAmount.load(account.id);
  }
}

@Resolver(() => ContactType)
export class ContactResolver {
  @Requires("contact:write")
  @Mutation(() => ContactType, {
    description: "Adds a person to an account you can see, kept by your organization.",
  })
  createContact(
    @Arg("input", () => CreateContactInput) input: CreateContactInput,
    @Ctx() ctx: Context,
  ): Promise<ContactType> {
    return new ContactService(ctx).create(requireViewer(ctx), input);
  }

  @Requires("contact:write")
  @Mutation(() => ContactType, { description: "Edits one of your organization's contacts." })
  updateContact(
    @Arg("input", () => UpdateContactInput) input: UpdateContactInput,
    @Ctx() ctx: Context,
  ): Promise<ContactType> {
    return new ContactService(ctx).update(requireViewer(ctx), input);
  }

  @FieldResolver(() => AccountType, { nullable: true })
  account(@Root() contact: ContactType, @Ctx() ctx: Context): Promise<AccountType | null> {
    return accountLoaders(ctx).visibleById.load(contact.accountId);
  }

  @FieldResolver(() => UserType, { nullable: true, description: "Who added it." })
  owner(@Root() contact: ContactType, @Ctx() ctx: Context): Promise<UserType | null> {
    return referencedUser(ctx, contact.ownerId);
  }
}

/** An opportunity's customer and the people its partner keeps there. */
@Resolver(() => OpportunityType)
export class OpportunityAccountResolver {
  @FieldResolver(() => AccountType, { nullable: true, description: "The customer account." })
  account(@Root() opportunity: OpportunityType, @Ctx() ctx: Context): Promise<AccountType | null> {
    return accountLoaders(ctx).accountOfOpportunity.load(opportunity.id);
  }

  @FieldResolver(() => [ContactType], {
    description: "The partner's contacts on its account, by name.",
  })
  contacts(@Root() opportunity: OpportunityType, @Ctx() ctx: Context): Promise<ContactType[]> {
    return accountLoaders(ctx).contactsOfOpportunity.load(opportunity.id);
  }
}
