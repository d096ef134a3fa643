import { Initial1795703158306 } from "./1795703158306-Initial";
import { WithdrawnDraftsNeverSubmitted1795708019462 } from "./1795708019462-WithdrawnDraftsNeverSubmitted";
import { MetricsIndexOnlyScans1795716158658 } from "./1795716158658-MetricsIndexOnlyScans";
import { LoginThrottlePerAddress1796193003971 } from "./1796193003971-LoginThrottlePerAddress";
import { ApiTokensExpire1796193055770 } from "./1796193055770-ApiTokensExpire";
import { OpportunityWorkingFields1796280000000 } from "./1796280000000-OpportunityWorkingFields";
import { QuotasNeverOverlap1796310000000 } from "./1796310000000-QuotasNeverOverlap";
import { ActivitiesByAuthor1796330000000 } from "./1796330000000-ActivitiesByAuthor";
import { OpportunityListsAndReopenReasons1796340000000 } from "./1796340000000-OpportunityListsAndReopenReasons";
import { OperatorsAndPartnerAdmin1796360000000 } from "./1796360000000-OperatorsAndPartnerAdmin";
import { OpportunityListPagesFromTheIndex1796380000000 } from "./1796380000000-OpportunityListPagesFromTheIndex";
import { AccountsByName1796390000000 } from "./1796390000000-AccountsByName";
import { OpportunityPartnerPagesFromTheIndex1796400000000 } from "./1796400000000-OpportunityPartnerPagesFromTheIndex";
import { RowLevelSecurity1796420000000 } from "./1796420000000-RowLevelSecurity";
import { RowSecurityRulesRevised1796430000000 } from "./1796430000000-RowSecurityRulesRevised";
import { RowSecurityListFunctions1796440000000 } from "./1796440000000-RowSecurityListFunctions";
import { OwnersBelongToTheirPartner1796450000000 } from "./1796450000000-OwnersBelongToTheirPartner";
import { RowSecurityListFunctionsKeepTheirPlans1796460000000 } from "./1796460000000-RowSecurityListFunctionsKeepTheirPlans";
import { OpportunityRollups1796470000000 } from "./1796470000000-OpportunityRollups";
import { ActivityFiguresByIndex1796480000000 } from "./1796480000000-ActivityFiguresByIndex";
import { SalesManagerRuleIsTheirTeam1796490000000 } from "./1796490000000-SalesManagerRuleIsTheirTeam";
import { OpenTasksByOwnerAndPartner1796500000000 } from "./1796500000000-OpenTasksByOwnerAndPartner";
import { StageChangesCarryTheirOpportunitysOwner1796510000000 } from "./1796510000000-StageChangesCarryTheirOpportunitysOwner";
import { CredentialsRuleReadsNoPolicies1796520000000 } from "./1796520000000-CredentialsRuleReadsNoPolicies";
import { SalesManagersTeamLookedUpOnce1796530000000 } from "./1796530000000-SalesManagersTeamLookedUpOnce";
import { OwnerFigureIndexesCarryThePartner1796540000000 } from "./1796540000000-OwnerFigureIndexesCarryThePartner";
import { OneUniqueKeyOnOpportunitysDeal1796550000000 } from "./1796550000000-OneUniqueKeyOnOpportunitysDeal";
import { PoliciesReadTheViewerWithoutInlining1796560000000 } from "./1796560000000-PoliciesReadTheViewerWithoutInlining";
import { ViewerLookupsKeepTheirPlans1796570000000 } from "./1796570000000-ViewerLookupsKeepTheirPlans";
import { ViewerLookupsNeedNoSwitch1796580000000 } from "./1796580000000-ViewerLookupsNeedNoSwitch";
import { AccountsCountTheirBusiness1796590000000 } from "./1796590000000-AccountsCountTheirBusiness";
import { RowSecurityCostsLess1796600000000 } from "./1796600000000-RowSecurityCostsLess";

/** Every migration, in order. Generated with `pnpm --filter @prm/api migration:generate <Name>`, then read. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- TypeORM's own type for migration classes
export const migrations: Function[] = [
  Initial1795703158306,
  WithdrawnDraftsNeverSubmitted1795708019462,
  MetricsIndexOnlyScans1795716158658,
  LoginThrottlePerAddress1796193003971,
  ApiTokensExpire1796193055770,
  OpportunityWorkingFields1796280000000,
  QuotasNeverOverlap1796310000000,
  ActivitiesByAuthor1796330000000,
  OpportunityListsAndReopenReasons1796340000000,
  OperatorsAndPartnerAdmin1796360000000,
  OpportunityListPagesFromTheIndex1796380000000,
  AccountsByName1796390000000,
  OpportunityPartnerPagesFromTheIndex1796400000000,
  RowLevelSecurity1796420000000,
  RowSecurityRulesRevised1796430000000,
  RowSecurityListFunctions1796440000000,
  OwnersBelongToTheirPartner1796450000000,
  RowSecurityListFunctionsKeepTheirPlans1796460000000,
  OpportunityRollups1796470000000,
  ActivityFiguresByIndex1796480000000,
  SalesManagerRuleIsTheirTeam1796490000000,
  OpenTasksByOwnerAndPartner1796500000000,
  StageChangesCarryTheirOpportunitysOwner1796510000000,
  CredentialsRuleReadsNoPolicies1796520000000,
  SalesManagersTeamLookedUpOnce1796530000000,
  OwnerFigureIndexesCarryThePartner1796540000000,
  OneUniqueKeyOnOpportunitysDeal1796550000000,
  PoliciesReadTheViewerWithoutInlining1796560000000,
  ViewerLookupsKeepTheirPlans1796570000000,
  ViewerLookupsNeedNoSwitch1796580000000,
  AccountsCountTheirBusiness1796590000000,
  RowSecurityCostsLess1796600000000,
];
