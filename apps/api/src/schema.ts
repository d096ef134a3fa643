import "reflect-metadata";
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from "graphql";
import { buildSchema } from "type-graphql";
import { assertEveryRootFieldDeclaresAccess, authChecker } from "./auth/access";
import { validateArgument } from "./common/argument-validation";
import { readPlainFieldsDirectly } from "./plain-fields";
import {
  AccountResolver,
  ContactResolver,
  OpportunityAccountResolver,
} from "./modules/accounts/account.resolver";
import {
  AccountActivitiesResolver,
  ActivityResolver,
  OpportunityActivitiesResolver,
} from "./modules/activities/activity.resolver";
import { ActivityStatsResolver } from "./modules/activities/activity-stats.resolver";
import { ApiTokenResolver, AuthResolver } from "./modules/auth/auth.resolver";
import { DashboardResolver } from "./modules/dashboards/dashboard.resolver";
import { InvitationResolver } from "./modules/invitations/invitation.resolver";
import {
  DealConflictResolver,
  DealEventResolver,
  DealResolver,
} from "./modules/deals/deal.resolver";
import {
  MetricsResolver,
  PartnerDetailResolver,
  TeamMetricsResolver,
} from "./modules/metrics/metrics.resolver";
import { SalesMetricsResolver } from "./modules/metrics/sales-metrics.resolver";
import { NotificationResolver } from "./modules/notifications/notification.resolver";
import {
  OpportunityResolver,
  OpportunityStageChangeResolver,
} from "./modules/opportunities/opportunity.resolver";
import { OrganizationResolver } from "./modules/organizations/organization.resolver";
import { QuotaResolver } from "./modules/quotas/quota.resolver";
import { TerritoryResolver } from "./modules/territories/territory.resolver";
import { OperatorsSummaryResolver } from "./modules/users/operators-summary.resolver";
import { UserResolver } from "./modules/users/user.resolver";

export const resolvers = [
  AuthResolver,
  ApiTokenResolver,
  UserResolver,
  OperatorsSummaryResolver,
  InvitationResolver,
  OrganizationResolver,
  DashboardResolver,
  DealResolver,
  DealEventResolver,
  DealConflictResolver,
  OpportunityResolver,
  OpportunityStageChangeResolver,
  AccountResolver,
  ContactResolver,
  OpportunityAccountResolver,
  ActivityResolver,
  OpportunityActivitiesResolver,
  AccountActivitiesResolver,
  ActivityStatsResolver,
  MetricsResolver,
  PartnerDetailResolver,
  TeamMetricsResolver,
  SalesMetricsResolver,
  NotificationResolver,
  TerritoryResolver,
  QuotaResolver,
] as const;

let built: Promise<GraphQLSchema> | null = null;

/** The GraphQL schema, built once per process (type-graphql metadata is global). */
export function getSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers,
    authChecker,
    authMode: "error",
    validateFn: validateArgument,
  })
    .then(assertEveryRootFieldDeclaresAccess)
    .then(readPlainFieldsDirectly);
  return built;
}

/** The SDL as committed in apps/api/schema.graphql: sorted so it diffs cleanly. */
export async function printSdl(): Promise<string> {
  return printSchema(lexicographicSortSchema(await getSchema())) + "\n";
}
