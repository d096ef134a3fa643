/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment SessionUser on User {\n    id\n    email\n    name\n    role\n    organization {\n      id\n      name\n      kind\n    }\n  }\n": typeof types.SessionUserFragmentDoc,
    "\n  query Me {\n    me {\n      ...SessionUser\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      expiresAt\n      user {\n        ...SessionUser\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  fragment DashboardWidgetFields on DashboardWidget {\n    id\n    widget\n    x\n    y\n    w\n    h\n    config {\n      period\n      limit\n    }\n  }\n": typeof types.DashboardWidgetFieldsFragmentDoc,
    "\n  fragment DashboardFields on Dashboard {\n    portal\n    isDefault\n    updatedAt\n    widgets {\n      ...DashboardWidgetFields\n    }\n  }\n": typeof types.DashboardFieldsFragmentDoc,
    "\n  query DashboardPage($portal: Portal!) {\n    widgetCatalog {\n      id\n      title\n      description\n      defaultSize {\n        w\n        h\n      }\n      minSize {\n        w\n        h\n      }\n      maxSize {\n        w\n        h\n      }\n      options {\n        period\n        limit\n      }\n      defaultConfig {\n        period\n        limit\n      }\n    }\n    dashboard(portal: $portal) {\n      ...DashboardFields\n    }\n  }\n": typeof types.DashboardPageDocument,
    "\n  mutation SaveDashboard($input: SaveDashboardInput!) {\n    saveDashboard(input: $input) {\n      ...DashboardFields\n    }\n  }\n": typeof types.SaveDashboardDocument,
    "\n  mutation ResetDashboard($portal: Portal!) {\n    resetDashboard(portal: $portal) {\n      ...DashboardFields\n    }\n  }\n": typeof types.ResetDashboardDocument,
    "\n  fragment DealListFields on Deal {\n    id\n    number\n    status\n    customerName\n    customerDomain\n    estimatedAmount\n    expectedCloseDate\n    submittedAt\n    createdAt\n    timeInQueueHours\n    overSla\n    partner {\n      id\n      name\n    }\n    owner {\n      id\n      name\n    }\n  }\n": typeof types.DealListFieldsFragmentDoc,
    "\n  query DealsPage($filter: DealFilter, $first: Int!, $after: String, $orderBy: DealOrder!) {\n    deals(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          ...DealListFields\n        }\n      }\n    }\n  }\n": typeof types.DealsPageDocument,
    "\n  fragment DealDetailFields on Deal {\n    ...DealListFields\n    contactName\n    contactEmail\n    products\n    description\n    territory {\n      id\n      path\n    }\n    decidedAt\n    decidedBy {\n      id\n      name\n    }\n    decisionNote\n    overrideReason\n    protectionExpiresAt\n    allowedActions\n    canEdit\n    canExtendProtection\n    opportunity {\n      id\n      name\n      stage\n      amount\n    }\n    history {\n      id\n      action\n      fromStatus\n      toStatus\n      note\n      createdAt\n      actor {\n        id\n        name\n      }\n    }\n  }\n": typeof types.DealDetailFieldsFragmentDoc,
    "\n  query DealPage($id: ID!) {\n    deal(id: $id) {\n      ...DealDetailFields\n    }\n  }\n": typeof types.DealPageDocument,
    "\n  query DealReview($id: ID!) {\n    deal(id: $id) {\n      ...DealDetailFields\n      conflicts {\n        kind\n        id\n        number\n        status\n        customerName\n        customerDomain\n        estimatedAmount\n        protectionExpiresAt\n        protected\n        matchedOn\n        similarity\n        restricted\n        partner {\n          id\n          name\n          channelManager {\n            id\n            name\n          }\n        }\n        owner {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.DealReviewDocument,
    "\n  query DealTerritories {\n    territories {\n      id\n      name\n      path\n      mine\n    }\n  }\n": typeof types.DealTerritoriesDocument,
    "\n  query CheckDealConflicts($input: CheckDealConflictsInput!) {\n    checkDealConflicts(input: $input) {\n      claimed\n      claimedUntil\n      pending\n    }\n  }\n": typeof types.CheckDealConflictsDocument,
    "\n  mutation RegisterDeal($input: RegisterDealInput!) {\n    registerDeal(input: $input) {\n      ...DealDetailFields\n    }\n  }\n": typeof types.RegisterDealDocument,
    "\n  mutation UpdateDeal($input: UpdateDealInput!) {\n    updateDeal(input: $input) {\n      ...DealDetailFields\n    }\n  }\n": typeof types.UpdateDealDocument,
    "\n  mutation SubmitDeal($id: ID!) {\n    submitDeal(id: $id) {\n      ...DealDetailFields\n    }\n  }\n": typeof types.SubmitDealDocument,
    "\n  mutation WithdrawDeal($id: ID!) {\n    withdrawDeal(id: $id) {\n      ...DealDetailFields\n    }\n  }\n": typeof types.WithdrawDealDocument,
    "\n  mutation ApproveDeal($input: ApproveDealInput!) {\n    approveDeal(input: $input) {\n      ...DealDetailFields\n    }\n  }\n": typeof types.ApproveDealDocument,
    "\n  mutation ReturnDeal($input: DecideDealInput!) {\n    returnDeal(input: $input) {\n      ...DealDetailFields\n    }\n  }\n": typeof types.ReturnDealDocument,
    "\n  mutation RejectDeal($input: DecideDealInput!) {\n    rejectDeal(input: $input) {\n      ...DealDetailFields\n    }\n  }\n": typeof types.RejectDealDocument,
    "\n  mutation ExtendDealProtection($input: ExtendDealProtectionInput!) {\n    extendDealProtection(input: $input) {\n      ...DealDetailFields\n    }\n  }\n": typeof types.ExtendDealProtectionDocument,
    "\n  query NotificationsBell($first: Int!) {\n    unreadNotificationCount\n    notifications(first: $first) {\n      edges {\n        node {\n          id\n          type\n          title\n          body\n          entityType\n          entityId\n          readAt\n          createdAt\n        }\n      }\n    }\n  }\n": typeof types.NotificationsBellDocument,
    "\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input)\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  query PartnersPage($search: String, $first: Int!) {\n    partners(search: $search, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          tier\n          channelManager {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.PartnersPageDocument,
    "\n  query PartnerPage($id: ID!, $period: PeriodInput!) {\n    partner(id: $id, period: $period) {\n      partner {\n        id\n        name\n        tier\n        channelManager {\n          id\n          name\n        }\n      }\n      performance {\n        wonAmount\n        wonCount\n        lostAmount\n        lostCount\n        openAmount\n        openCount\n        weightedAmount\n        winRate\n        winRateByAmount\n        quotaAmount\n        quotaAttainment\n        byStage {\n          stage\n          amount\n          weightedAmount\n          count\n        }\n      }\n      topSellers {\n        seller {\n          id\n          name\n          email\n        }\n        wonAmount\n        wonCount\n        openAmount\n        quotaAmount\n        quotaAttainment\n        winRate\n      }\n      recentDeals(limit: 8) {\n        id\n        number\n        status\n        customerName\n        estimatedAmount\n        expectedCloseDate\n        createdAt\n      }\n    }\n  }\n": typeof types.PartnerPageDocument,
    "\n  query ApprovalTimeWidget($period: PeriodInput) {\n    approvalTime(period: $period) {\n      decidedCount\n      medianHours\n      p90Hours\n    }\n  }\n": typeof types.ApprovalTimeWidgetDocument,
    "\n  query DealsAwaitingApprovalWidget($limit: Int!) {\n    deals(filter: { statuses: [SUBMITTED] }, first: $limit, orderBy: OLDEST_SUBMITTED) {\n      totalCount\n      edges {\n        node {\n          id\n          number\n          customerName\n          estimatedAmount\n          partner {\n            id\n            name\n          }\n          owner {\n            id\n            name\n          }\n          submittedAt\n          timeInQueueHours\n          overSla\n        }\n      }\n    }\n  }\n": typeof types.DealsAwaitingApprovalWidgetDocument,
    "\n  query DealsByStatusWidget($period: PeriodInput) {\n    dealStatusCounts(period: $period) {\n      status\n      count\n      amount\n    }\n  }\n": typeof types.DealsByStatusWidgetDocument,
    "\n  query PartnerLeaderboardWidget($period: PeriodInput!, $limit: Int!) {\n    partnerLeaderboard(period: $period, limit: $limit) {\n      rank\n      wonAmount\n      wonCount\n      partner {\n        id\n        name\n        tier\n      }\n    }\n  }\n": typeof types.PartnerLeaderboardWidgetDocument,
    "\n  query PartnerWinLossWidget($period: PeriodInput!) {\n    partnerWinLoss(period: $period) {\n      partner {\n        id\n        name\n      }\n      wonCount\n      wonAmount\n      lostCount\n      lostAmount\n      winRate\n      winRateByAmount\n    }\n  }\n": typeof types.PartnerWinLossWidgetDocument,
    "\n  fragment PartnerPerformanceRow on PartnerPerformance {\n    partner {\n      id\n      name\n      tier\n    }\n    openAmount\n    openCount\n    weightedAmount\n    wonAmount\n    wonCount\n    lostAmount\n    lostCount\n    winRate\n    winRateByAmount\n    quotaAmount\n    quotaAttainment\n  }\n": typeof types.PartnerPerformanceRowFragmentDoc,
    "\n  query PartnersListWidget(\n    $period: PeriodInput!\n    $first: Int!\n    $after: String\n    $orderBy: PartnerPerformanceOrder!\n  ) {\n    partnerPerformance(period: $period, first: $first, after: $after, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          ...PartnerPerformanceRow\n        }\n      }\n    }\n  }\n": typeof types.PartnersListWidgetDocument,
    "\n  query PipelineByPartnerWidget($period: PeriodInput!) {\n    pipelineByPartner(period: $period) {\n      partner {\n        id\n        name\n      }\n      openAmount\n      weightedAmount\n      openCount\n      byStage {\n        stage\n        amount\n        weightedAmount\n        count\n      }\n    }\n  }\n": typeof types.PipelineByPartnerWidgetDocument,
};
const documents: Documents = {
    "\n  fragment SessionUser on User {\n    id\n    email\n    name\n    role\n    organization {\n      id\n      name\n      kind\n    }\n  }\n": types.SessionUserFragmentDoc,
    "\n  query Me {\n    me {\n      ...SessionUser\n    }\n  }\n": types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      expiresAt\n      user {\n        ...SessionUser\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  fragment DashboardWidgetFields on DashboardWidget {\n    id\n    widget\n    x\n    y\n    w\n    h\n    config {\n      period\n      limit\n    }\n  }\n": types.DashboardWidgetFieldsFragmentDoc,
    "\n  fragment DashboardFields on Dashboard {\n    portal\n    isDefault\n    updatedAt\n    widgets {\n      ...DashboardWidgetFields\n    }\n  }\n": types.DashboardFieldsFragmentDoc,
    "\n  query DashboardPage($portal: Portal!) {\n    widgetCatalog {\n      id\n      title\n      description\n      defaultSize {\n        w\n        h\n      }\n      minSize {\n        w\n        h\n      }\n      maxSize {\n        w\n        h\n      }\n      options {\n        period\n        limit\n      }\n      defaultConfig {\n        period\n        limit\n      }\n    }\n    dashboard(portal: $portal) {\n      ...DashboardFields\n    }\n  }\n": types.DashboardPageDocument,
    "\n  mutation SaveDashboard($input: SaveDashboardInput!) {\n    saveDashboard(input: $input) {\n      ...DashboardFields\n    }\n  }\n": types.SaveDashboardDocument,
    "\n  mutation ResetDashboard($portal: Portal!) {\n    resetDashboard(portal: $portal) {\n      ...DashboardFields\n    }\n  }\n": types.ResetDashboardDocument,
    "\n  fragment DealListFields on Deal {\n    id\n    number\n    status\n    customerName\n    customerDomain\n    estimatedAmount\n    expectedCloseDate\n    submittedAt\n    createdAt\n    timeInQueueHours\n    overSla\n    partner {\n      id\n      name\n    }\n    owner {\n      id\n      name\n    }\n  }\n": types.DealListFieldsFragmentDoc,
    "\n  query DealsPage($filter: DealFilter, $first: Int!, $after: String, $orderBy: DealOrder!) {\n    deals(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          ...DealListFields\n        }\n      }\n    }\n  }\n": types.DealsPageDocument,
    "\n  fragment DealDetailFields on Deal {\n    ...DealListFields\n    contactName\n    contactEmail\n    products\n    description\n    territory {\n      id\n      path\n    }\n    decidedAt\n    decidedBy {\n      id\n      name\n    }\n    decisionNote\n    overrideReason\n    protectionExpiresAt\n    allowedActions\n    canEdit\n    canExtendProtection\n    opportunity {\n      id\n      name\n      stage\n      amount\n    }\n    history {\n      id\n      action\n      fromStatus\n      toStatus\n      note\n      createdAt\n      actor {\n        id\n        name\n      }\n    }\n  }\n": types.DealDetailFieldsFragmentDoc,
    "\n  query DealPage($id: ID!) {\n    deal(id: $id) {\n      ...DealDetailFields\n    }\n  }\n": types.DealPageDocument,
    "\n  query DealReview($id: ID!) {\n    deal(id: $id) {\n      ...DealDetailFields\n      conflicts {\n        kind\n        id\n        number\n        status\n        customerName\n        customerDomain\n        estimatedAmount\n        protectionExpiresAt\n        protected\n        matchedOn\n        similarity\n        restricted\n        partner {\n          id\n          name\n          channelManager {\n            id\n            name\n          }\n        }\n        owner {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.DealReviewDocument,
    "\n  query DealTerritories {\n    territories {\n      id\n      name\n      path\n      mine\n    }\n  }\n": types.DealTerritoriesDocument,
    "\n  query CheckDealConflicts($input: CheckDealConflictsInput!) {\n    checkDealConflicts(input: $input) {\n      claimed\n      claimedUntil\n      pending\n    }\n  }\n": types.CheckDealConflictsDocument,
    "\n  mutation RegisterDeal($input: RegisterDealInput!) {\n    registerDeal(input: $input) {\n      ...DealDetailFields\n    }\n  }\n": types.RegisterDealDocument,
    "\n  mutation UpdateDeal($input: UpdateDealInput!) {\n    updateDeal(input: $input) {\n      ...DealDetailFields\n    }\n  }\n": types.UpdateDealDocument,
    "\n  mutation SubmitDeal($id: ID!) {\n    submitDeal(id: $id) {\n      ...DealDetailFields\n    }\n  }\n": types.SubmitDealDocument,
    "\n  mutation WithdrawDeal($id: ID!) {\n    withdrawDeal(id: $id) {\n      ...DealDetailFields\n    }\n  }\n": types.WithdrawDealDocument,
    "\n  mutation ApproveDeal($input: ApproveDealInput!) {\n    approveDeal(input: $input) {\n      ...DealDetailFields\n    }\n  }\n": types.ApproveDealDocument,
    "\n  mutation ReturnDeal($input: DecideDealInput!) {\n    returnDeal(input: $input) {\n      ...DealDetailFields\n    }\n  }\n": types.ReturnDealDocument,
    "\n  mutation RejectDeal($input: DecideDealInput!) {\n    rejectDeal(input: $input) {\n      ...DealDetailFields\n    }\n  }\n": types.RejectDealDocument,
    "\n  mutation ExtendDealProtection($input: ExtendDealProtectionInput!) {\n    extendDealProtection(input: $input) {\n      ...DealDetailFields\n    }\n  }\n": types.ExtendDealProtectionDocument,
    "\n  query NotificationsBell($first: Int!) {\n    unreadNotificationCount\n    notifications(first: $first) {\n      edges {\n        node {\n          id\n          type\n          title\n          body\n          entityType\n          entityId\n          readAt\n          createdAt\n        }\n      }\n    }\n  }\n": types.NotificationsBellDocument,
    "\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input)\n  }\n": types.MarkNotificationsReadDocument,
    "\n  query PartnersPage($search: String, $first: Int!) {\n    partners(search: $search, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          tier\n          channelManager {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.PartnersPageDocument,
    "\n  query PartnerPage($id: ID!, $period: PeriodInput!) {\n    partner(id: $id, period: $period) {\n      partner {\n        id\n        name\n        tier\n        channelManager {\n          id\n          name\n        }\n      }\n      performance {\n        wonAmount\n        wonCount\n        lostAmount\n        lostCount\n        openAmount\n        openCount\n        weightedAmount\n        winRate\n        winRateByAmount\n        quotaAmount\n        quotaAttainment\n        byStage {\n          stage\n          amount\n          weightedAmount\n          count\n        }\n      }\n      topSellers {\n        seller {\n          id\n          name\n          email\n        }\n        wonAmount\n        wonCount\n        openAmount\n        quotaAmount\n        quotaAttainment\n        winRate\n      }\n      recentDeals(limit: 8) {\n        id\n        number\n        status\n        customerName\n        estimatedAmount\n        expectedCloseDate\n        createdAt\n      }\n    }\n  }\n": types.PartnerPageDocument,
    "\n  query ApprovalTimeWidget($period: PeriodInput) {\n    approvalTime(period: $period) {\n      decidedCount\n      medianHours\n      p90Hours\n    }\n  }\n": types.ApprovalTimeWidgetDocument,
    "\n  query DealsAwaitingApprovalWidget($limit: Int!) {\n    deals(filter: { statuses: [SUBMITTED] }, first: $limit, orderBy: OLDEST_SUBMITTED) {\n      totalCount\n      edges {\n        node {\n          id\n          number\n          customerName\n          estimatedAmount\n          partner {\n            id\n            name\n          }\n          owner {\n            id\n            name\n          }\n          submittedAt\n          timeInQueueHours\n          overSla\n        }\n      }\n    }\n  }\n": types.DealsAwaitingApprovalWidgetDocument,
    "\n  query DealsByStatusWidget($period: PeriodInput) {\n    dealStatusCounts(period: $period) {\n      status\n      count\n      amount\n    }\n  }\n": types.DealsByStatusWidgetDocument,
    "\n  query PartnerLeaderboardWidget($period: PeriodInput!, $limit: Int!) {\n    partnerLeaderboard(period: $period, limit: $limit) {\n      rank\n      wonAmount\n      wonCount\n      partner {\n        id\n        name\n        tier\n      }\n    }\n  }\n": types.PartnerLeaderboardWidgetDocument,
    "\n  query PartnerWinLossWidget($period: PeriodInput!) {\n    partnerWinLoss(period: $period) {\n      partner {\n        id\n        name\n      }\n      wonCount\n      wonAmount\n      lostCount\n      lostAmount\n      winRate\n      winRateByAmount\n    }\n  }\n": types.PartnerWinLossWidgetDocument,
    "\n  fragment PartnerPerformanceRow on PartnerPerformance {\n    partner {\n      id\n      name\n      tier\n    }\n    openAmount\n    openCount\n    weightedAmount\n    wonAmount\n    wonCount\n    lostAmount\n    lostCount\n    winRate\n    winRateByAmount\n    quotaAmount\n    quotaAttainment\n  }\n": types.PartnerPerformanceRowFragmentDoc,
    "\n  query PartnersListWidget(\n    $period: PeriodInput!\n    $first: Int!\n    $after: String\n    $orderBy: PartnerPerformanceOrder!\n  ) {\n    partnerPerformance(period: $period, first: $first, after: $after, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          ...PartnerPerformanceRow\n        }\n      }\n    }\n  }\n": types.PartnersListWidgetDocument,
    "\n  query PipelineByPartnerWidget($period: PeriodInput!) {\n    pipelineByPartner(period: $period) {\n      partner {\n        id\n        name\n      }\n      openAmount\n      weightedAmount\n      openCount\n      byStage {\n        stage\n        amount\n        weightedAmount\n        count\n      }\n    }\n  }\n": types.PipelineByPartnerWidgetDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionUser on User {\n    id\n    email\n    name\n    role\n    organization {\n      id\n      name\n      kind\n    }\n  }\n"): (typeof documents)["\n  fragment SessionUser on User {\n    id\n    email\n    name\n    role\n    organization {\n      id\n      name\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...SessionUser\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...SessionUser\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      expiresAt\n      user {\n        ...SessionUser\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      expiresAt\n      user {\n        ...SessionUser\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DashboardWidgetFields on DashboardWidget {\n    id\n    widget\n    x\n    y\n    w\n    h\n    config {\n      period\n      limit\n    }\n  }\n"): (typeof documents)["\n  fragment DashboardWidgetFields on DashboardWidget {\n    id\n    widget\n    x\n    y\n    w\n    h\n    config {\n      period\n      limit\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DashboardFields on Dashboard {\n    portal\n    isDefault\n    updatedAt\n    widgets {\n      ...DashboardWidgetFields\n    }\n  }\n"): (typeof documents)["\n  fragment DashboardFields on Dashboard {\n    portal\n    isDefault\n    updatedAt\n    widgets {\n      ...DashboardWidgetFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardPage($portal: Portal!) {\n    widgetCatalog {\n      id\n      title\n      description\n      defaultSize {\n        w\n        h\n      }\n      minSize {\n        w\n        h\n      }\n      maxSize {\n        w\n        h\n      }\n      options {\n        period\n        limit\n      }\n      defaultConfig {\n        period\n        limit\n      }\n    }\n    dashboard(portal: $portal) {\n      ...DashboardFields\n    }\n  }\n"): (typeof documents)["\n  query DashboardPage($portal: Portal!) {\n    widgetCatalog {\n      id\n      title\n      description\n      defaultSize {\n        w\n        h\n      }\n      minSize {\n        w\n        h\n      }\n      maxSize {\n        w\n        h\n      }\n      options {\n        period\n        limit\n      }\n      defaultConfig {\n        period\n        limit\n      }\n    }\n    dashboard(portal: $portal) {\n      ...DashboardFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveDashboard($input: SaveDashboardInput!) {\n    saveDashboard(input: $input) {\n      ...DashboardFields\n    }\n  }\n"): (typeof documents)["\n  mutation SaveDashboard($input: SaveDashboardInput!) {\n    saveDashboard(input: $input) {\n      ...DashboardFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetDashboard($portal: Portal!) {\n    resetDashboard(portal: $portal) {\n      ...DashboardFields\n    }\n  }\n"): (typeof documents)["\n  mutation ResetDashboard($portal: Portal!) {\n    resetDashboard(portal: $portal) {\n      ...DashboardFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DealListFields on Deal {\n    id\n    number\n    status\n    customerName\n    customerDomain\n    estimatedAmount\n    expectedCloseDate\n    submittedAt\n    createdAt\n    timeInQueueHours\n    overSla\n    partner {\n      id\n      name\n    }\n    owner {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment DealListFields on Deal {\n    id\n    number\n    status\n    customerName\n    customerDomain\n    estimatedAmount\n    expectedCloseDate\n    submittedAt\n    createdAt\n    timeInQueueHours\n    overSla\n    partner {\n      id\n      name\n    }\n    owner {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DealsPage($filter: DealFilter, $first: Int!, $after: String, $orderBy: DealOrder!) {\n    deals(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          ...DealListFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DealsPage($filter: DealFilter, $first: Int!, $after: String, $orderBy: DealOrder!) {\n    deals(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          ...DealListFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DealDetailFields on Deal {\n    ...DealListFields\n    contactName\n    contactEmail\n    products\n    description\n    territory {\n      id\n      path\n    }\n    decidedAt\n    decidedBy {\n      id\n      name\n    }\n    decisionNote\n    overrideReason\n    protectionExpiresAt\n    allowedActions\n    canEdit\n    canExtendProtection\n    opportunity {\n      id\n      name\n      stage\n      amount\n    }\n    history {\n      id\n      action\n      fromStatus\n      toStatus\n      note\n      createdAt\n      actor {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment DealDetailFields on Deal {\n    ...DealListFields\n    contactName\n    contactEmail\n    products\n    description\n    territory {\n      id\n      path\n    }\n    decidedAt\n    decidedBy {\n      id\n      name\n    }\n    decisionNote\n    overrideReason\n    protectionExpiresAt\n    allowedActions\n    canEdit\n    canExtendProtection\n    opportunity {\n      id\n      name\n      stage\n      amount\n    }\n    history {\n      id\n      action\n      fromStatus\n      toStatus\n      note\n      createdAt\n      actor {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DealPage($id: ID!) {\n    deal(id: $id) {\n      ...DealDetailFields\n    }\n  }\n"): (typeof documents)["\n  query DealPage($id: ID!) {\n    deal(id: $id) {\n      ...DealDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DealReview($id: ID!) {\n    deal(id: $id) {\n      ...DealDetailFields\n      conflicts {\n        kind\n        id\n        number\n        status\n        customerName\n        customerDomain\n        estimatedAmount\n        protectionExpiresAt\n        protected\n        matchedOn\n        similarity\n        restricted\n        partner {\n          id\n          name\n          channelManager {\n            id\n            name\n          }\n        }\n        owner {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DealReview($id: ID!) {\n    deal(id: $id) {\n      ...DealDetailFields\n      conflicts {\n        kind\n        id\n        number\n        status\n        customerName\n        customerDomain\n        estimatedAmount\n        protectionExpiresAt\n        protected\n        matchedOn\n        similarity\n        restricted\n        partner {\n          id\n          name\n          channelManager {\n            id\n            name\n          }\n        }\n        owner {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DealTerritories {\n    territories {\n      id\n      name\n      path\n      mine\n    }\n  }\n"): (typeof documents)["\n  query DealTerritories {\n    territories {\n      id\n      name\n      path\n      mine\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CheckDealConflicts($input: CheckDealConflictsInput!) {\n    checkDealConflicts(input: $input) {\n      claimed\n      claimedUntil\n      pending\n    }\n  }\n"): (typeof documents)["\n  query CheckDealConflicts($input: CheckDealConflictsInput!) {\n    checkDealConflicts(input: $input) {\n      claimed\n      claimedUntil\n      pending\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterDeal($input: RegisterDealInput!) {\n    registerDeal(input: $input) {\n      ...DealDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterDeal($input: RegisterDealInput!) {\n    registerDeal(input: $input) {\n      ...DealDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateDeal($input: UpdateDealInput!) {\n    updateDeal(input: $input) {\n      ...DealDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateDeal($input: UpdateDealInput!) {\n    updateDeal(input: $input) {\n      ...DealDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitDeal($id: ID!) {\n    submitDeal(id: $id) {\n      ...DealDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitDeal($id: ID!) {\n    submitDeal(id: $id) {\n      ...DealDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawDeal($id: ID!) {\n    withdrawDeal(id: $id) {\n      ...DealDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawDeal($id: ID!) {\n    withdrawDeal(id: $id) {\n      ...DealDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveDeal($input: ApproveDealInput!) {\n    approveDeal(input: $input) {\n      ...DealDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveDeal($input: ApproveDealInput!) {\n    approveDeal(input: $input) {\n      ...DealDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReturnDeal($input: DecideDealInput!) {\n    returnDeal(input: $input) {\n      ...DealDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReturnDeal($input: DecideDealInput!) {\n    returnDeal(input: $input) {\n      ...DealDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectDeal($input: DecideDealInput!) {\n    rejectDeal(input: $input) {\n      ...DealDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation RejectDeal($input: DecideDealInput!) {\n    rejectDeal(input: $input) {\n      ...DealDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExtendDealProtection($input: ExtendDealProtectionInput!) {\n    extendDealProtection(input: $input) {\n      ...DealDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation ExtendDealProtection($input: ExtendDealProtectionInput!) {\n    extendDealProtection(input: $input) {\n      ...DealDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationsBell($first: Int!) {\n    unreadNotificationCount\n    notifications(first: $first) {\n      edges {\n        node {\n          id\n          type\n          title\n          body\n          entityType\n          entityId\n          readAt\n          createdAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query NotificationsBell($first: Int!) {\n    unreadNotificationCount\n    notifications(first: $first) {\n      edges {\n        node {\n          id\n          type\n          title\n          body\n          entityType\n          entityId\n          readAt\n          createdAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input)\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnersPage($search: String, $first: Int!) {\n    partners(search: $search, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          tier\n          channelManager {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartnersPage($search: String, $first: Int!) {\n    partners(search: $search, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          tier\n          channelManager {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerPage($id: ID!, $period: PeriodInput!) {\n    partner(id: $id, period: $period) {\n      partner {\n        id\n        name\n        tier\n        channelManager {\n          id\n          name\n        }\n      }\n      performance {\n        wonAmount\n        wonCount\n        lostAmount\n        lostCount\n        openAmount\n        openCount\n        weightedAmount\n        winRate\n        winRateByAmount\n        quotaAmount\n        quotaAttainment\n        byStage {\n          stage\n          amount\n          weightedAmount\n          count\n        }\n      }\n      topSellers {\n        seller {\n          id\n          name\n          email\n        }\n        wonAmount\n        wonCount\n        openAmount\n        quotaAmount\n        quotaAttainment\n        winRate\n      }\n      recentDeals(limit: 8) {\n        id\n        number\n        status\n        customerName\n        estimatedAmount\n        expectedCloseDate\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartnerPage($id: ID!, $period: PeriodInput!) {\n    partner(id: $id, period: $period) {\n      partner {\n        id\n        name\n        tier\n        channelManager {\n          id\n          name\n        }\n      }\n      performance {\n        wonAmount\n        wonCount\n        lostAmount\n        lostCount\n        openAmount\n        openCount\n        weightedAmount\n        winRate\n        winRateByAmount\n        quotaAmount\n        quotaAttainment\n        byStage {\n          stage\n          amount\n          weightedAmount\n          count\n        }\n      }\n      topSellers {\n        seller {\n          id\n          name\n          email\n        }\n        wonAmount\n        wonCount\n        openAmount\n        quotaAmount\n        quotaAttainment\n        winRate\n      }\n      recentDeals(limit: 8) {\n        id\n        number\n        status\n        customerName\n        estimatedAmount\n        expectedCloseDate\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApprovalTimeWidget($period: PeriodInput) {\n    approvalTime(period: $period) {\n      decidedCount\n      medianHours\n      p90Hours\n    }\n  }\n"): (typeof documents)["\n  query ApprovalTimeWidget($period: PeriodInput) {\n    approvalTime(period: $period) {\n      decidedCount\n      medianHours\n      p90Hours\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DealsAwaitingApprovalWidget($limit: Int!) {\n    deals(filter: { statuses: [SUBMITTED] }, first: $limit, orderBy: OLDEST_SUBMITTED) {\n      totalCount\n      edges {\n        node {\n          id\n          number\n          customerName\n          estimatedAmount\n          partner {\n            id\n            name\n          }\n          owner {\n            id\n            name\n          }\n          submittedAt\n          timeInQueueHours\n          overSla\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DealsAwaitingApprovalWidget($limit: Int!) {\n    deals(filter: { statuses: [SUBMITTED] }, first: $limit, orderBy: OLDEST_SUBMITTED) {\n      totalCount\n      edges {\n        node {\n          id\n          number\n          customerName\n          estimatedAmount\n          partner {\n            id\n            name\n          }\n          owner {\n            id\n            name\n          }\n          submittedAt\n          timeInQueueHours\n          overSla\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DealsByStatusWidget($period: PeriodInput) {\n    dealStatusCounts(period: $period) {\n      status\n      count\n      amount\n    }\n  }\n"): (typeof documents)["\n  query DealsByStatusWidget($period: PeriodInput) {\n    dealStatusCounts(period: $period) {\n      status\n      count\n      amount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerLeaderboardWidget($period: PeriodInput!, $limit: Int!) {\n    partnerLeaderboard(period: $period, limit: $limit) {\n      rank\n      wonAmount\n      wonCount\n      partner {\n        id\n        name\n        tier\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartnerLeaderboardWidget($period: PeriodInput!, $limit: Int!) {\n    partnerLeaderboard(period: $period, limit: $limit) {\n      rank\n      wonAmount\n      wonCount\n      partner {\n        id\n        name\n        tier\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerWinLossWidget($period: PeriodInput!) {\n    partnerWinLoss(period: $period) {\n      partner {\n        id\n        name\n      }\n      wonCount\n      wonAmount\n      lostCount\n      lostAmount\n      winRate\n      winRateByAmount\n    }\n  }\n"): (typeof documents)["\n  query PartnerWinLossWidget($period: PeriodInput!) {\n    partnerWinLoss(period: $period) {\n      partner {\n        id\n        name\n      }\n      wonCount\n      wonAmount\n      lostCount\n      lostAmount\n      winRate\n      winRateByAmount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PartnerPerformanceRow on PartnerPerformance {\n    partner {\n      id\n      name\n      tier\n    }\n    openAmount\n    openCount\n    weightedAmount\n    wonAmount\n    wonCount\n    lostAmount\n    lostCount\n    winRate\n    winRateByAmount\n    quotaAmount\n    quotaAttainment\n  }\n"): (typeof documents)["\n  fragment PartnerPerformanceRow on PartnerPerformance {\n    partner {\n      id\n      name\n      tier\n    }\n    openAmount\n    openCount\n    weightedAmount\n    wonAmount\n    wonCount\n    lostAmount\n    lostCount\n    winRate\n    winRateByAmount\n    quotaAmount\n    quotaAttainment\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnersListWidget(\n    $period: PeriodInput!\n    $first: Int!\n    $after: String\n    $orderBy: PartnerPerformanceOrder!\n  ) {\n    partnerPerformance(period: $period, first: $first, after: $after, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          ...PartnerPerformanceRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartnersListWidget(\n    $period: PeriodInput!\n    $first: Int!\n    $after: String\n    $orderBy: PartnerPerformanceOrder!\n  ) {\n    partnerPerformance(period: $period, first: $first, after: $after, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          ...PartnerPerformanceRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PipelineByPartnerWidget($period: PeriodInput!) {\n    pipelineByPartner(period: $period) {\n      partner {\n        id\n        name\n      }\n      openAmount\n      weightedAmount\n      openCount\n      byStage {\n        stage\n        amount\n        weightedAmount\n        count\n      }\n    }\n  }\n"): (typeof documents)["\n  query PipelineByPartnerWidget($period: PeriodInput!) {\n    pipelineByPartner(period: $period) {\n      partner {\n        id\n        name\n      }\n      openAmount\n      weightedAmount\n      openCount\n      byStage {\n        stage\n        amount\n        weightedAmount\n        count\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;