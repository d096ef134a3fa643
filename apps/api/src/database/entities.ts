import { Account } from "../modules/accounts/account.entity";
import { Contact } from "../modules/accounts/contact.entity";
import { Activity } from "../modules/activities/activity.entity";
import { AuditEvent } from "../modules/audit/audit-event.entity";
import { ApiToken } from "../modules/auth/api-token.entity";
import { LoginThrottle } from "../modules/auth/login-throttle.entity";
import { Session } from "../modules/auth/session.entity";
import { OneTimeLink } from "../modules/invitations/one-time-link.entity";
import { DashboardLayout } from "../modules/dashboards/dashboard-layout.entity";
import { Deal } from "../modules/deals/deal.entity";
import { Notification } from "../modules/notifications/notification.entity";
import { OpportunityStageChange } from "../modules/opportunities/opportunity-stage-change.entity";
import { Opportunity } from "../modules/opportunities/opportunity.entity";
import { Organization } from "../modules/organizations/organization.entity";
import { Quota } from "../modules/quotas/quota.entity";
import { Territory } from "../modules/territories/territory.entity";
import { User } from "../modules/users/user.entity";

export const entities = [
  Organization,
  User,
  Session,
  ApiToken,
  LoginThrottle,
  Territory,
  Account,
  Contact,
  Deal,
  Opportunity,
  OpportunityStageChange,
  Activity,
  Quota,
  DashboardLayout,
  AuditEvent,
  Notification,
  OneTimeLink,
];
