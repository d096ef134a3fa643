import type { PortalDefinition } from "../../app/shell/portal-definition";
import { DASHBOARD_SECTION } from "../dashboard-section";
import TerritoriesPage from "../../features/territories/TerritoriesPage";
import { OperatorsPage, type UsersPageTab } from "../../features/operators";
import { SellerQuotas } from "../../features/quotas/SellerQuotas";
import { ReportsPage } from "../../features/reports";
import { Portal } from "../Portal";
import {
  PARTNER_ACCOUNTS_SECTION,
  PARTNER_DEALS_SECTION,
  PARTNER_OPPORTUNITIES_SECTION,
  PARTNER_TASKS_SECTION,
  TEAM_SECTION,
} from "../partner-sections";

/** Operators' tabs besides its people: each seller's quota, with attainment. */
const OPERATORS_TABS: readonly UsersPageTab[] = [
  { id: "quotas", label: "Quotas", render: () => <SellerQuotas /> },
];

function SalesOpsOperators() {
  return <OperatorsPage tabs={OPERATORS_TABS} />;
}

function OrganizationReports() {
  return <ReportsPage scope="organization" />;
}

export const partnerSalesOpsPortal: PortalDefinition = {
  portal: "PARTNER_SALES_OPS",
  dashboardIntro: "Your organization's deals, pipeline, people and territories.",
  sections: [
    DASHBOARD_SECTION,
    PARTNER_DEALS_SECTION,
    PARTNER_OPPORTUNITIES_SECTION,
    PARTNER_ACCOUNTS_SECTION,
    PARTNER_TASKS_SECTION,
    TEAM_SECTION,
    { id: "operators", page: SalesOpsOperators },
    { id: "territories", page: TerritoriesPage },
    { id: "reports", page: OrganizationReports },
  ],
};

export default function PartnerSalesOpsPortal() {
  return <Portal definition={partnerSalesOpsPortal} />;
}
