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
    "\n  mutation CompleteActivity($id: ID!) {\n    completeActivity(id: $id) {\n      ...ActivityFields\n    }\n  }\n": typeof types.CompleteActivityDocument,
    "\n  fragment AdminPartnerRow on Organization {\n    id\n    name\n    domain\n    tier\n    active\n    channelManager {\n      id\n      name\n      email\n    }\n  }\n": typeof types.AdminPartnerRowFragmentDoc,
    "\n  query PartnersAdministration(\n    $search: String\n    $tier: PartnerTier\n    $active: Boolean\n    $channelManagerId: ID\n    $first: Int!\n    $after: String\n  ) {\n    partners(\n      search: $search\n      tier: $tier\n      active: $active\n      channelManagerId: $channelManagerId\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...AdminPartnerRow\n        }\n      }\n    }\n  }\n": typeof types.PartnersAdministrationDocument,
    "\n  query ChannelManagers {\n    users(filter: { role: CHANNEL_MANAGER, active: true }, first: 100) {\n      edges {\n        node {\n          id\n          name\n          email\n          workload {\n            assignedPartners\n          }\n        }\n      }\n    }\n  }\n": typeof types.ChannelManagersDocument,
    "\n  query PartnerSalesOps($organizationId: ID!) {\n    users(filter: { organizationId: $organizationId, role: PARTNER_SALES_OPS }, first: 20) {\n      edges {\n        node {\n          id\n          name\n          email\n          active\n          lastSignInAt\n          pendingInvitation {\n            sentAt\n            expiresAt\n            expired\n          }\n        }\n      }\n    }\n  }\n": typeof types.PartnerSalesOpsDocument,
    "\n  mutation OnboardPartner($input: OnboardPartnerInput!) {\n    onboardPartner(input: $input) {\n      invitationUrl\n      expiresAt\n      partner {\n        ...AdminPartnerRow\n      }\n      salesOps {\n        id\n        name\n        email\n      }\n    }\n  }\n": typeof types.OnboardPartnerDocument,
    "\n  mutation UpdatePartner($input: UpdatePartnerInput!) {\n    updatePartner(input: $input) {\n      ...AdminPartnerRow\n    }\n  }\n": typeof types.UpdatePartnerDocument,
    "\n  mutation AssignChannelManager($input: AssignChannelManagerInput!) {\n    assignChannelManager(input: $input) {\n      ...AdminPartnerRow\n    }\n  }\n": typeof types.AssignChannelManagerDocument,
    "\n  mutation DeactivatePartner($id: ID!) {\n    deactivatePartner(id: $id) {\n      ...AdminPartnerRow\n    }\n  }\n": typeof types.DeactivatePartnerDocument,
    "\n  mutation ReactivatePartner($id: ID!) {\n    reactivatePartner(id: $id) {\n      ...AdminPartnerRow\n    }\n  }\n": typeof types.ReactivatePartnerDocument,
    "\n  mutation RenewPartnerInvitation($userId: ID!) {\n    renewInvitation(userId: $userId) {\n      invitationUrl\n      expiresAt\n      user {\n        id\n        pendingInvitation {\n          sentAt\n          expiresAt\n          expired\n        }\n      }\n    }\n  }\n": typeof types.RenewPartnerInvitationDocument,
    "\n  query ApiTokens {\n    apiTokens {\n      ...ApiTokenRow\n    }\n  }\n": typeof types.ApiTokensDocument,
    "\n  fragment ApiTokenRow on ApiToken {\n    id\n    name\n    prefix\n    createdAt\n    expiresAt\n    lastUsedAt\n    revokedAt\n  }\n": typeof types.ApiTokenRowFragmentDoc,
    "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        ...ApiTokenRow\n      }\n    }\n  }\n": typeof types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($input: RevokeApiTokenInput!) {\n    revokeApiToken(input: $input) {\n      ...ApiTokenRow\n    }\n  }\n": typeof types.RevokeApiTokenDocument,
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
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      expiresAt\n      user {\n        ...SessionUser\n      }\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      expiresAt\n      user {\n        ...SessionUser\n      }\n    }\n  }\n": typeof types.ResetPasswordDocument,
    "\n  query NotificationsBell($first: Int!) {\n    unreadNotificationCount\n    notifications(first: $first) {\n      edges {\n        node {\n          id\n          type\n          title\n          body\n          entityType\n          entityId\n          readAt\n          createdAt\n        }\n      }\n    }\n  }\n": typeof types.NotificationsBellDocument,
    "\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input)\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  fragment OperatorRow on User {\n    id\n    name\n    email\n    role\n    active\n    lastSignInAt\n    manager {\n      id\n      name\n    }\n    territories {\n      id\n      name\n      path\n    }\n    pendingInvitation {\n      sentAt\n      expiresAt\n      expired\n    }\n    workload {\n      openOpportunities\n      pendingDeals\n      assignedPartners\n    }\n  }\n": typeof types.OperatorRowFragmentDoc,
    "\n  query Operators($filter: UsersFilter, $first: Int!, $after: String) {\n    users(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...OperatorRow\n        }\n      }\n    }\n  }\n": typeof types.OperatorsDocument,
    "\n  query PersonChoices($filter: UsersFilter, $first: Int!) {\n    users(filter: $filter, first: $first) {\n      edges {\n        node {\n          id\n          name\n          email\n          role\n        }\n      }\n    }\n  }\n": typeof types.PersonChoicesDocument,
    "\n  query OperatorWorkload($id: ID!) {\n    user(id: $id) {\n      id\n      active\n      workload {\n        openOpportunities\n        pendingDeals\n        assignedPartners\n      }\n    }\n  }\n": typeof types.OperatorWorkloadDocument,
    "\n  query OperatorTerritories {\n    territories {\n      id\n      name\n      path\n      parentId\n    }\n  }\n": typeof types.OperatorTerritoriesDocument,
    "\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      invitationUrl\n      expiresAt\n      user {\n        ...OperatorRow\n      }\n    }\n  }\n": typeof types.InviteUserDocument,
    "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      ...OperatorRow\n    }\n  }\n": typeof types.UpdateUserDocument,
    "\n  mutation DeactivateUser($input: DeactivateUserInput!) {\n    deactivateUser(input: $input) {\n      ...OperatorRow\n    }\n  }\n": typeof types.DeactivateUserDocument,
    "\n  mutation ReactivateUser($id: ID!) {\n    reactivateUser(id: $id) {\n      ...OperatorRow\n    }\n  }\n": typeof types.ReactivateUserDocument,
    "\n  mutation RenewInvitation($userId: ID!) {\n    renewInvitation(userId: $userId) {\n      invitationUrl\n      expiresAt\n      user {\n        ...OperatorRow\n      }\n    }\n  }\n": typeof types.RenewInvitationDocument,
    "\n  mutation CreatePasswordResetLink($userId: ID!) {\n    createPasswordResetLink(userId: $userId) {\n      resetUrl\n      expiresAt\n      user {\n        id\n      }\n    }\n  }\n": typeof types.CreatePasswordResetLinkDocument,
    "\n  query PartnersPage($search: String, $first: Int!, $after: String) {\n    partners(search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          tier\n          channelManager {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.PartnersPageDocument,
    "\n  query PartnerPage($id: ID!, $period: PeriodInput!) {\n    partner(id: $id, period: $period) {\n      partner {\n        id\n        name\n        tier\n        channelManager {\n          id\n          name\n        }\n      }\n      performance {\n        wonAmount\n        wonCount\n        lostAmount\n        lostCount\n        openAmount\n        openCount\n        weightedAmount\n        winRate\n        winRateByAmount\n        quotaAmount\n        quotaAttainment\n        byStage {\n          stage\n          amount\n          weightedAmount\n          count\n        }\n      }\n      topSellers {\n        seller {\n          id\n          name\n          email\n        }\n        wonAmount\n        wonCount\n        openAmount\n        quotaAmount\n        quotaAttainment\n        winRate\n      }\n      recentDeals(limit: 8) {\n        id\n        number\n        status\n        customerName\n        estimatedAmount\n        expectedCloseDate\n        createdAt\n      }\n    }\n  }\n": typeof types.PartnerPageDocument,
    "\n  fragment QuotaRow on Quota {\n    id\n    targetKind\n    periodKind\n    periodStart\n    periodEnd\n    periodLabel\n    amount\n    wonAmount\n    attainment\n    canEdit\n    updatedAt\n    seller {\n      id\n      name\n    }\n    setBy {\n      id\n      name\n    }\n  }\n": typeof types.QuotaRowFragmentDoc,
    "\n  query Quotas($filter: QuotaFilter, $first: Int!) {\n    quotas(filter: $filter, first: $first) {\n      totalCount\n      edges {\n        node {\n          ...QuotaRow\n        }\n      }\n    }\n  }\n": typeof types.QuotasDocument,
    "\n  query QuotaSellers {\n    users(filter: { role: PARTNER_SELLER, active: true }, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          email\n        }\n      }\n    }\n  }\n": typeof types.QuotaSellersDocument,
    "\n  mutation SetQuota($input: SetQuotaInput!) {\n    setQuota(input: $input) {\n      ...QuotaRow\n    }\n  }\n": typeof types.SetQuotaDocument,
    "\n  mutation DeleteQuota($id: ID!) {\n    deleteQuota(id: $id)\n  }\n": typeof types.DeleteQuotaDocument,
    "\n  query ReportWonOpportunities(\n    $filter: OpportunityFilter\n    $orderBy: OpportunityOrder\n    $first: Int\n    $after: String\n  ) {\n    opportunities(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          name\n          amount\n          closedAt\n          owner {\n            id\n            name\n          }\n          account {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.ReportWonOpportunitiesDocument,
    "\n  query ReportPipeline($period: PeriodInput!) {\n    teamPerformance(period: $period) {\n      seller {\n        id\n        name\n      }\n      openCount\n      openAmount\n      weightedAmount\n      wonCount\n      wonAmount\n      lostCount\n      winRate\n      quotaAmount\n      quotaAttainment\n    }\n  }\n": typeof types.ReportPipelineDocument,
    "\n  query ReportActivity($period: PeriodInput!) {\n    teamActivity(period: $period) {\n      seller {\n        id\n        name\n      }\n      calls\n      emails\n      meetings\n      notes\n      tasksCompleted\n      tasksOpen\n      tasksOverdue\n      oldestOverdueDueAt\n    }\n  }\n": typeof types.ReportActivityDocument,
    "\n  query AccountsPage($search: String, $first: Int!, $after: String) {\n    accounts(search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          name\n          domain\n          industry\n          openAmount\n          partner {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.AccountsPageDocument,
    "\n  query AccountPage($id: ID!) {\n    account(id: $id) {\n      id\n      name\n      domain\n      industry\n      openAmount\n      partner {\n        id\n        name\n      }\n      opportunities(first: 100) {\n        id\n        name\n        stage\n        amount\n        expectedCloseDate\n        closedAt\n        owner {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.AccountPageDocument,
    "\n  fragment ContactFields on Contact {\n    id\n    name\n    title\n    email\n    phone\n  }\n": typeof types.ContactFieldsFragmentDoc,
    "\n  query AccountContacts($id: ID!) {\n    account(id: $id) {\n      id\n      name\n      contacts {\n        ...ContactFields\n      }\n    }\n  }\n": typeof types.AccountContactsDocument,
    "\n  mutation CreateContact($input: CreateContactInput!) {\n    createContact(input: $input) {\n      ...ContactFields\n    }\n  }\n": typeof types.CreateContactDocument,
    "\n  mutation UpdateContact($input: UpdateContactInput!) {\n    updateContact(input: $input) {\n      ...ContactFields\n    }\n  }\n": typeof types.UpdateContactDocument,
    "\n  fragment ActivityFields on Activity {\n    id\n    type\n    subject\n    body\n    occurredAt\n    dueAt\n    completedAt\n    overdue\n    canEdit\n    canComplete\n    createdAt\n    owner {\n      id\n      name\n    }\n    contact {\n      id\n      name\n    }\n  }\n": typeof types.ActivityFieldsFragmentDoc,
    "\n  query TimelineActivities($filter: ActivityFilter!, $first: Int!) {\n    activities(filter: $filter, first: $first, orderBy: NEWEST) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          ...ActivityFields\n          opportunity {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.TimelineActivitiesDocument,
    "\n  query OpportunityContactChoices($id: ID!) {\n    opportunity(id: $id) {\n      id\n      contacts {\n        id\n        name\n        title\n      }\n    }\n  }\n": typeof types.OpportunityContactChoicesDocument,
    "\n  query AccountContactChoices($id: ID!) {\n    account(id: $id) {\n      id\n      contacts {\n        id\n        name\n        title\n      }\n    }\n  }\n": typeof types.AccountContactChoicesDocument,
    "\n  query MyTasks($filter: ActivityFilter!, $first: Int!, $after: String) {\n    activities(filter: $filter, first: $first, after: $after, orderBy: DUE) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ActivityFields\n          opportunity {\n            id\n            name\n          }\n          account {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.MyTasksDocument,
    "\n  mutation LogActivity($input: LogActivityInput!) {\n    logActivity(input: $input) {\n      ...ActivityFields\n    }\n  }\n": typeof types.LogActivityDocument,
    "\n  mutation UpdateActivity($input: UpdateActivityInput!) {\n    updateActivity(input: $input) {\n      ...ActivityFields\n    }\n  }\n": typeof types.UpdateActivityDocument,
    "\n  mutation DeleteActivity($id: ID!) {\n    deleteActivity(id: $id) {\n      id\n    }\n  }\n": typeof types.DeleteActivityDocument,
    "\n  fragment OpportunityRow on Opportunity {\n    id\n    name\n    stage\n    amount\n    probability\n    weightedAmount\n    expectedCloseDate\n    closedAt\n    lastActivityAt\n    nextStep\n    lossReason\n    version\n    allowedActions\n    owner {\n      id\n      name\n    }\n    partner {\n      id\n      name\n    }\n    account {\n      id\n      name\n    }\n    deal {\n      id\n      number\n    }\n  }\n": typeof types.OpportunityRowFragmentDoc,
    "\n  query OpportunitiesPage(\n    $filter: OpportunityFilter\n    $orderBy: OpportunityOrder\n    $first: Int!\n    $after: String\n  ) {\n    opportunities(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...OpportunityRow\n        }\n      }\n    }\n  }\n": typeof types.OpportunitiesPageDocument,
    "\n  query OpportunityBoardPage($filter: OpportunityBoardFilter, $perStage: Int!) {\n    opportunityBoard(filter: $filter, perStage: $perStage) {\n      columns {\n        stage\n        totalCount\n        amount\n        weightedAmount\n        opportunities {\n          ...OpportunityRow\n        }\n      }\n    }\n  }\n": typeof types.OpportunityBoardPageDocument,
    "\n  fragment OpportunityDetail on Opportunity {\n    ...OpportunityRow\n    lossNote\n    createdAt\n    updatedAt\n    stageHistory {\n      id\n      fromStage\n      toStage\n      amount\n      changedAt\n      reason\n      changedBy {\n        id\n        name\n      }\n    }\n  }\n": typeof types.OpportunityDetailFragmentDoc,
    "\n  query OpportunityPage($id: ID!) {\n    opportunity(id: $id) {\n      ...OpportunityDetail\n    }\n  }\n": typeof types.OpportunityPageDocument,
    "\n  query OwnerChoices($filter: UsersFilter, $first: Int!) {\n    users(filter: $filter, first: $first) {\n      edges {\n        node {\n          id\n          name\n          email\n          role\n          organization {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.OwnerChoicesDocument,
    "\n  query PartnerChoices($search: String, $first: Int!) {\n    partners(search: $search, first: $first) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.PartnerChoicesDocument,
    "\n  mutation UpdateOpportunity($input: UpdateOpportunityInput!) {\n    updateOpportunity(input: $input) {\n      ...OpportunityDetail\n    }\n  }\n": typeof types.UpdateOpportunityDocument,
    "\n  mutation MoveOpportunityStage($input: MoveOpportunityStageInput!) {\n    moveOpportunityStage(input: $input) {\n      ...OpportunityDetail\n    }\n  }\n": typeof types.MoveOpportunityStageDocument,
    "\n  mutation ReopenOpportunity($input: ReopenOpportunityInput!) {\n    reopenOpportunity(input: $input) {\n      ...OpportunityDetail\n    }\n  }\n": typeof types.ReopenOpportunityDocument,
    "\n  mutation ReassignOpportunity($input: ReassignOpportunityInput!) {\n    reassignOpportunity(input: $input) {\n      ...OpportunityDetail\n    }\n  }\n": typeof types.ReassignOpportunityDocument,
    "\n  query OwnerName($id: ID!) {\n    user(id: $id) {\n      id\n      name\n    }\n  }\n": typeof types.OwnerNameDocument,
    "\n  query PartnerName($id: ID!) {\n    partner(id: $id, period: { preset: THIS_MONTH }) {\n      partner {\n        id\n        name\n      }\n    }\n  }\n": typeof types.PartnerNameDocument,
    "\n  query TeamList($period: PeriodInput!) {\n    teamPerformance(period: $period) {\n      seller {\n        id\n        name\n        email\n        role\n      }\n      wonAmount\n      wonCount\n      openAmount\n      openCount\n      winRate\n      quotaAmount\n      quotaAttainment\n    }\n  }\n": typeof types.TeamListDocument,
    "\n  query TeamMember($id: ID!, $period: PeriodInput!) {\n    user(id: $id) {\n      id\n      name\n      email\n      role\n      manager {\n        id\n        name\n      }\n    }\n    salesMetrics(input: { period: $period, sellerId: $id }) {\n      from\n      to\n      pipeline {\n        openAmount\n        openCount\n        weightedAmount\n        byStage {\n          stage\n          amount\n          weightedAmount\n          count\n        }\n      }\n      winLoss {\n        wonAmount\n        wonCount\n        lostAmount\n        lostCount\n        winRate\n        winRateByAmount\n        lossReasons {\n          reason\n          count\n          amount\n        }\n      }\n      quota {\n        quotaAmount\n        wonAmount\n        attainment\n        amountToClose\n      }\n    }\n  }\n": typeof types.TeamMemberDocument,
    "\n  query MemberOpportunities($ownerId: ID!, $first: Int!) {\n    opportunities(filter: { ownerId: $ownerId, open: true }, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          stage\n          amount\n          expectedCloseDate\n          account {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.MemberOpportunitiesDocument,
    "\n  query MemberDeals($ownerId: ID!, $first: Int!) {\n    deals(filter: { ownerId: $ownerId }, first: $first, orderBy: NEWEST) {\n      totalCount\n      edges {\n        node {\n          id\n          number\n          customerName\n          status\n          estimatedAmount\n          expectedCloseDate\n          submittedAt\n        }\n      }\n    }\n  }\n": typeof types.MemberDealsDocument,
    "\n  fragment MemberActivity on Activity {\n    id\n    type\n    subject\n    occurredAt\n    dueAt\n    overdue\n    opportunity {\n      id\n      name\n    }\n    account {\n      id\n      name\n    }\n  }\n": typeof types.MemberActivityFragmentDoc,
    "\n  query MemberActivities($ownerId: ID!, $first: Int!) {\n    openTasks: activities(\n      filter: { ownerId: $ownerId, status: OPEN }\n      first: $first\n      orderBy: DUE\n    ) {\n      totalCount\n      edges {\n        node {\n          ...MemberActivity\n        }\n      }\n    }\n    overdueTasks: activities(filter: { ownerId: $ownerId, due: OVERDUE }, first: 1) {\n      totalCount\n    }\n    recent: activities(filter: { ownerId: $ownerId }, first: $first, orderBy: NEWEST) {\n      totalCount\n      edges {\n        node {\n          ...MemberActivity\n        }\n      }\n    }\n  }\n": typeof types.MemberActivitiesDocument,
    "\n  fragment TerritoryNode on Territory {\n    id\n    name\n    parentId\n    path\n    openPipeline\n    openOpportunityCount\n    dealCount\n    users {\n      id\n      name\n      email\n      role\n      active\n    }\n  }\n": typeof types.TerritoryNodeFragmentDoc,
    "\n  query TerritoriesPage {\n    territories {\n      ...TerritoryNode\n    }\n  }\n": typeof types.TerritoriesPageDocument,
    "\n  query AssignableUsers($search: String) {\n    users(filter: { active: true, search: $search }, first: 100) {\n      edges {\n        node {\n          id\n          name\n          email\n          role\n          active\n        }\n      }\n    }\n  }\n": typeof types.AssignableUsersDocument,
    "\n  mutation CreateTerritory($input: CreateTerritoryInput!) {\n    createTerritory(input: $input) {\n      ...TerritoryNode\n    }\n  }\n": typeof types.CreateTerritoryDocument,
    "\n  mutation UpdateTerritory($input: UpdateTerritoryInput!) {\n    updateTerritory(input: $input) {\n      ...TerritoryNode\n    }\n  }\n": typeof types.UpdateTerritoryDocument,
    "\n  mutation DeleteTerritory($id: ID!) {\n    deleteTerritory(id: $id)\n  }\n": typeof types.DeleteTerritoryDocument,
    "\n  mutation SetTerritoryUsers($input: SetTerritoryUsersInput!) {\n    setTerritoryUsers(input: $input) {\n      ...TerritoryNode\n    }\n  }\n": typeof types.SetTerritoryUsersDocument,
    "\n  query ApprovalTimeWidget($period: PeriodInput) {\n    approvalTime(period: $period) {\n      decidedCount\n      medianHours\n      p90Hours\n    }\n  }\n": typeof types.ApprovalTimeWidgetDocument,
    "\n  query DealsAwaitingApprovalWidget($limit: Int!) {\n    deals(filter: { statuses: [SUBMITTED] }, first: $limit, orderBy: OLDEST_SUBMITTED) {\n      totalCount\n      edges {\n        node {\n          id\n          number\n          customerName\n          estimatedAmount\n          partner {\n            id\n            name\n          }\n          owner {\n            id\n            name\n          }\n          submittedAt\n          timeInQueueHours\n          overSla\n        }\n      }\n    }\n  }\n": typeof types.DealsAwaitingApprovalWidgetDocument,
    "\n  query DealsByStatusWidget($period: PeriodInput) {\n    dealStatusCounts(period: $period) {\n      status\n      count\n      amount\n    }\n  }\n": typeof types.DealsByStatusWidgetDocument,
    "\n  query OperatorsSummaryWidget {\n    operatorsSummary {\n      activeByRole {\n        role\n        count\n      }\n      deactivated\n      invitationsPending\n      invitationsExpired\n    }\n  }\n": typeof types.OperatorsSummaryWidgetDocument,
    "\n  query TerritoriesSummaryWidget {\n    territories {\n      id\n      name\n      parentId\n      openPipeline\n      openOpportunityCount\n    }\n  }\n": typeof types.TerritoriesSummaryWidgetDocument,
    "\n  query PartnerLeaderboardWidget($period: PeriodInput!, $limit: Int!) {\n    partnerLeaderboard(period: $period, limit: $limit) {\n      rank\n      wonAmount\n      wonCount\n      partner {\n        id\n        name\n        tier\n      }\n    }\n  }\n": typeof types.PartnerLeaderboardWidgetDocument,
    "\n  query PartnerWinLossWidget($period: PeriodInput!, $limit: Int!) {\n    partnerWinLoss(period: $period, limit: $limit) {\n      partner {\n        id\n        name\n      }\n      otherPartnerCount\n      wonCount\n      wonAmount\n      lostCount\n      lostAmount\n      winRate\n      winRateByAmount\n    }\n  }\n": typeof types.PartnerWinLossWidgetDocument,
    "\n  fragment PartnerPerformanceRow on PartnerPerformance {\n    partner {\n      id\n      name\n      tier\n    }\n    openAmount\n    openCount\n    weightedAmount\n    wonAmount\n    wonCount\n    lostAmount\n    lostCount\n    winRate\n    winRateByAmount\n    quotaAmount\n    quotaAttainment\n  }\n": typeof types.PartnerPerformanceRowFragmentDoc,
    "\n  query PartnersListWidget(\n    $period: PeriodInput!\n    $first: Int!\n    $after: String\n    $orderBy: PartnerPerformanceOrder!\n  ) {\n    partnerPerformance(period: $period, first: $first, after: $after, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          ...PartnerPerformanceRow\n        }\n      }\n    }\n  }\n": typeof types.PartnersListWidgetDocument,
    "\n  query PipelineByPartnerWidget($period: PeriodInput!, $limit: Int!) {\n    pipelineByPartner(period: $period, limit: $limit) {\n      partner {\n        id\n        name\n      }\n      otherPartnerCount\n      openAmount\n      weightedAmount\n      openCount\n      byStage {\n        stage\n        amount\n        weightedAmount\n        count\n      }\n    }\n  }\n": typeof types.PipelineByPartnerWidgetDocument,
    "\n  query SalesPipelineWidget($period: PeriodInput!) {\n    salesMetrics(input: { period: $period }) {\n      scope\n      from\n      to\n      pipeline {\n        openAmount\n        weightedAmount\n        openCount\n        byStage {\n          stage\n          amount\n          weightedAmount\n          count\n        }\n      }\n    }\n  }\n": typeof types.SalesPipelineWidgetDocument,
    "\n  query SalesQuotaWidget($period: PeriodInput!) {\n    salesMetrics(input: { period: $period }) {\n      scope\n      quota {\n        quotaAmount\n        wonAmount\n        attainment\n        amountToClose\n        sellersQuotaAmount\n      }\n    }\n  }\n": typeof types.SalesQuotaWidgetDocument,
    "\n  query SalesWinLossWidget($period: PeriodInput!) {\n    salesMetrics(input: { period: $period }) {\n      scope\n      winLoss {\n        wonCount\n        wonAmount\n        lostCount\n        lostAmount\n        winRate\n        winRateByAmount\n        lossReasons {\n          reason\n          count\n          amount\n        }\n      }\n    }\n  }\n": typeof types.SalesWinLossWidgetDocument,
    "\n  query SalesTrendWidget($period: PeriodInput!) {\n    salesMetrics(input: { period: $period }) {\n      scope\n      from\n      to\n      trend {\n        at\n        openAmount\n        openCount\n      }\n    }\n  }\n": typeof types.SalesTrendWidgetDocument,
    "\n  query ActivitiesDueWidget($filter: ActivityFilter!, $first: Int!) {\n    activities(filter: $filter, first: $first, orderBy: DUE) {\n      totalCount\n      edges {\n        node {\n          id\n          subject\n          dueAt\n          overdue\n          completedAt\n          canComplete\n          opportunity {\n            id\n            name\n          }\n          account {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.ActivitiesDueWidgetDocument,
    "\n  query TeamPerformanceWidget($period: PeriodInput!) {\n    teamPerformance(period: $period) {\n      seller {\n        id\n        name\n        role\n      }\n      wonAmount\n      wonCount\n      openAmount\n      openCount\n      weightedAmount\n      quotaAmount\n      quotaAttainment\n      byStage {\n        stage\n        amount\n        weightedAmount\n        count\n      }\n    }\n  }\n": typeof types.TeamPerformanceWidgetDocument,
    "\n  query TeamActivityWidget($period: PeriodInput!) {\n    teamActivity(period: $period) {\n      seller {\n        id\n        name\n        role\n      }\n      tasksOpen\n      tasksOverdue\n      oldestOverdueDueAt\n    }\n  }\n": typeof types.TeamActivityWidgetDocument,
};
const documents: Documents = {
    "\n  fragment SessionUser on User {\n    id\n    email\n    name\n    role\n    organization {\n      id\n      name\n      kind\n    }\n  }\n": types.SessionUserFragmentDoc,
    "\n  query Me {\n    me {\n      ...SessionUser\n    }\n  }\n": types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      expiresAt\n      user {\n        ...SessionUser\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  mutation CompleteActivity($id: ID!) {\n    completeActivity(id: $id) {\n      ...ActivityFields\n    }\n  }\n": types.CompleteActivityDocument,
    "\n  fragment AdminPartnerRow on Organization {\n    id\n    name\n    domain\n    tier\n    active\n    channelManager {\n      id\n      name\n      email\n    }\n  }\n": types.AdminPartnerRowFragmentDoc,
    "\n  query PartnersAdministration(\n    $search: String\n    $tier: PartnerTier\n    $active: Boolean\n    $channelManagerId: ID\n    $first: Int!\n    $after: String\n  ) {\n    partners(\n      search: $search\n      tier: $tier\n      active: $active\n      channelManagerId: $channelManagerId\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...AdminPartnerRow\n        }\n      }\n    }\n  }\n": types.PartnersAdministrationDocument,
    "\n  query ChannelManagers {\n    users(filter: { role: CHANNEL_MANAGER, active: true }, first: 100) {\n      edges {\n        node {\n          id\n          name\n          email\n          workload {\n            assignedPartners\n          }\n        }\n      }\n    }\n  }\n": types.ChannelManagersDocument,
    "\n  query PartnerSalesOps($organizationId: ID!) {\n    users(filter: { organizationId: $organizationId, role: PARTNER_SALES_OPS }, first: 20) {\n      edges {\n        node {\n          id\n          name\n          email\n          active\n          lastSignInAt\n          pendingInvitation {\n            sentAt\n            expiresAt\n            expired\n          }\n        }\n      }\n    }\n  }\n": types.PartnerSalesOpsDocument,
    "\n  mutation OnboardPartner($input: OnboardPartnerInput!) {\n    onboardPartner(input: $input) {\n      invitationUrl\n      expiresAt\n      partner {\n        ...AdminPartnerRow\n      }\n      salesOps {\n        id\n        name\n        email\n      }\n    }\n  }\n": types.OnboardPartnerDocument,
    "\n  mutation UpdatePartner($input: UpdatePartnerInput!) {\n    updatePartner(input: $input) {\n      ...AdminPartnerRow\n    }\n  }\n": types.UpdatePartnerDocument,
    "\n  mutation AssignChannelManager($input: AssignChannelManagerInput!) {\n    assignChannelManager(input: $input) {\n      ...AdminPartnerRow\n    }\n  }\n": types.AssignChannelManagerDocument,
    "\n  mutation DeactivatePartner($id: ID!) {\n    deactivatePartner(id: $id) {\n      ...AdminPartnerRow\n    }\n  }\n": types.DeactivatePartnerDocument,
    "\n  mutation ReactivatePartner($id: ID!) {\n    reactivatePartner(id: $id) {\n      ...AdminPartnerRow\n    }\n  }\n": types.ReactivatePartnerDocument,
    "\n  mutation RenewPartnerInvitation($userId: ID!) {\n    renewInvitation(userId: $userId) {\n      invitationUrl\n      expiresAt\n      user {\n        id\n        pendingInvitation {\n          sentAt\n          expiresAt\n          expired\n        }\n      }\n    }\n  }\n": types.RenewPartnerInvitationDocument,
    "\n  query ApiTokens {\n    apiTokens {\n      ...ApiTokenRow\n    }\n  }\n": types.ApiTokensDocument,
    "\n  fragment ApiTokenRow on ApiToken {\n    id\n    name\n    prefix\n    createdAt\n    expiresAt\n    lastUsedAt\n    revokedAt\n  }\n": types.ApiTokenRowFragmentDoc,
    "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        ...ApiTokenRow\n      }\n    }\n  }\n": types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($input: RevokeApiTokenInput!) {\n    revokeApiToken(input: $input) {\n      ...ApiTokenRow\n    }\n  }\n": types.RevokeApiTokenDocument,
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
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      expiresAt\n      user {\n        ...SessionUser\n      }\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      expiresAt\n      user {\n        ...SessionUser\n      }\n    }\n  }\n": types.ResetPasswordDocument,
    "\n  query NotificationsBell($first: Int!) {\n    unreadNotificationCount\n    notifications(first: $first) {\n      edges {\n        node {\n          id\n          type\n          title\n          body\n          entityType\n          entityId\n          readAt\n          createdAt\n        }\n      }\n    }\n  }\n": types.NotificationsBellDocument,
    "\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input)\n  }\n": types.MarkNotificationsReadDocument,
    "\n  fragment OperatorRow on User {\n    id\n    name\n    email\n    role\n    active\n    lastSignInAt\n    manager {\n      id\n      name\n    }\n    territories {\n      id\n      name\n      path\n    }\n    pendingInvitation {\n      sentAt\n      expiresAt\n      expired\n    }\n    workload {\n      openOpportunities\n      pendingDeals\n      assignedPartners\n    }\n  }\n": types.OperatorRowFragmentDoc,
    "\n  query Operators($filter: UsersFilter, $first: Int!, $after: String) {\n    users(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...OperatorRow\n        }\n      }\n    }\n  }\n": types.OperatorsDocument,
    "\n  query PersonChoices($filter: UsersFilter, $first: Int!) {\n    users(filter: $filter, first: $first) {\n      edges {\n        node {\n          id\n          name\n          email\n          role\n        }\n      }\n    }\n  }\n": types.PersonChoicesDocument,
    "\n  query OperatorWorkload($id: ID!) {\n    user(id: $id) {\n      id\n      active\n      workload {\n        openOpportunities\n        pendingDeals\n        assignedPartners\n      }\n    }\n  }\n": types.OperatorWorkloadDocument,
    "\n  query OperatorTerritories {\n    territories {\n      id\n      name\n      path\n      parentId\n    }\n  }\n": types.OperatorTerritoriesDocument,
    "\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      invitationUrl\n      expiresAt\n      user {\n        ...OperatorRow\n      }\n    }\n  }\n": types.InviteUserDocument,
    "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      ...OperatorRow\n    }\n  }\n": types.UpdateUserDocument,
    "\n  mutation DeactivateUser($input: DeactivateUserInput!) {\n    deactivateUser(input: $input) {\n      ...OperatorRow\n    }\n  }\n": types.DeactivateUserDocument,
    "\n  mutation ReactivateUser($id: ID!) {\n    reactivateUser(id: $id) {\n      ...OperatorRow\n    }\n  }\n": types.ReactivateUserDocument,
    "\n  mutation RenewInvitation($userId: ID!) {\n    renewInvitation(userId: $userId) {\n      invitationUrl\n      expiresAt\n      user {\n        ...OperatorRow\n      }\n    }\n  }\n": types.RenewInvitationDocument,
    "\n  mutation CreatePasswordResetLink($userId: ID!) {\n    createPasswordResetLink(userId: $userId) {\n      resetUrl\n      expiresAt\n      user {\n        id\n      }\n    }\n  }\n": types.CreatePasswordResetLinkDocument,
    "\n  query PartnersPage($search: String, $first: Int!, $after: String) {\n    partners(search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          tier\n          channelManager {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.PartnersPageDocument,
    "\n  query PartnerPage($id: ID!, $period: PeriodInput!) {\n    partner(id: $id, period: $period) {\n      partner {\n        id\n        name\n        tier\n        channelManager {\n          id\n          name\n        }\n      }\n      performance {\n        wonAmount\n        wonCount\n        lostAmount\n        lostCount\n        openAmount\n        openCount\n        weightedAmount\n        winRate\n        winRateByAmount\n        quotaAmount\n        quotaAttainment\n        byStage {\n          stage\n          amount\n          weightedAmount\n          count\n        }\n      }\n      topSellers {\n        seller {\n          id\n          name\n          email\n        }\n        wonAmount\n        wonCount\n        openAmount\n        quotaAmount\n        quotaAttainment\n        winRate\n      }\n      recentDeals(limit: 8) {\n        id\n        number\n        status\n        customerName\n        estimatedAmount\n        expectedCloseDate\n        createdAt\n      }\n    }\n  }\n": types.PartnerPageDocument,
    "\n  fragment QuotaRow on Quota {\n    id\n    targetKind\n    periodKind\n    periodStart\n    periodEnd\n    periodLabel\n    amount\n    wonAmount\n    attainment\n    canEdit\n    updatedAt\n    seller {\n      id\n      name\n    }\n    setBy {\n      id\n      name\n    }\n  }\n": types.QuotaRowFragmentDoc,
    "\n  query Quotas($filter: QuotaFilter, $first: Int!) {\n    quotas(filter: $filter, first: $first) {\n      totalCount\n      edges {\n        node {\n          ...QuotaRow\n        }\n      }\n    }\n  }\n": types.QuotasDocument,
    "\n  query QuotaSellers {\n    users(filter: { role: PARTNER_SELLER, active: true }, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          email\n        }\n      }\n    }\n  }\n": types.QuotaSellersDocument,
    "\n  mutation SetQuota($input: SetQuotaInput!) {\n    setQuota(input: $input) {\n      ...QuotaRow\n    }\n  }\n": types.SetQuotaDocument,
    "\n  mutation DeleteQuota($id: ID!) {\n    deleteQuota(id: $id)\n  }\n": types.DeleteQuotaDocument,
    "\n  query ReportWonOpportunities(\n    $filter: OpportunityFilter\n    $orderBy: OpportunityOrder\n    $first: Int\n    $after: String\n  ) {\n    opportunities(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          name\n          amount\n          closedAt\n          owner {\n            id\n            name\n          }\n          account {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.ReportWonOpportunitiesDocument,
    "\n  query ReportPipeline($period: PeriodInput!) {\n    teamPerformance(period: $period) {\n      seller {\n        id\n        name\n      }\n      openCount\n      openAmount\n      weightedAmount\n      wonCount\n      wonAmount\n      lostCount\n      winRate\n      quotaAmount\n      quotaAttainment\n    }\n  }\n": types.ReportPipelineDocument,
    "\n  query ReportActivity($period: PeriodInput!) {\n    teamActivity(period: $period) {\n      seller {\n        id\n        name\n      }\n      calls\n      emails\n      meetings\n      notes\n      tasksCompleted\n      tasksOpen\n      tasksOverdue\n      oldestOverdueDueAt\n    }\n  }\n": types.ReportActivityDocument,
    "\n  query AccountsPage($search: String, $first: Int!, $after: String) {\n    accounts(search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          name\n          domain\n          industry\n          openAmount\n          partner {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.AccountsPageDocument,
    "\n  query AccountPage($id: ID!) {\n    account(id: $id) {\n      id\n      name\n      domain\n      industry\n      openAmount\n      partner {\n        id\n        name\n      }\n      opportunities(first: 100) {\n        id\n        name\n        stage\n        amount\n        expectedCloseDate\n        closedAt\n        owner {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.AccountPageDocument,
    "\n  fragment ContactFields on Contact {\n    id\n    name\n    title\n    email\n    phone\n  }\n": types.ContactFieldsFragmentDoc,
    "\n  query AccountContacts($id: ID!) {\n    account(id: $id) {\n      id\n      name\n      contacts {\n        ...ContactFields\n      }\n    }\n  }\n": types.AccountContactsDocument,
    "\n  mutation CreateContact($input: CreateContactInput!) {\n    createContact(input: $input) {\n      ...ContactFields\n    }\n  }\n": types.CreateContactDocument,
    "\n  mutation UpdateContact($input: UpdateContactInput!) {\n    updateContact(input: $input) {\n      ...ContactFields\n    }\n  }\n": types.UpdateContactDocument,
    "\n  fragment ActivityFields on Activity {\n    id\n    type\n    subject\n    body\n    occurredAt\n    dueAt\n    completedAt\n    overdue\n    canEdit\n    canComplete\n    createdAt\n    owner {\n      id\n      name\n    }\n    contact {\n      id\n      name\n    }\n  }\n": types.ActivityFieldsFragmentDoc,
    "\n  query TimelineActivities($filter: ActivityFilter!, $first: Int!) {\n    activities(filter: $filter, first: $first, orderBy: NEWEST) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          ...ActivityFields\n          opportunity {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.TimelineActivitiesDocument,
    "\n  query OpportunityContactChoices($id: ID!) {\n    opportunity(id: $id) {\n      id\n      contacts {\n        id\n        name\n        title\n      }\n    }\n  }\n": types.OpportunityContactChoicesDocument,
    "\n  query AccountContactChoices($id: ID!) {\n    account(id: $id) {\n      id\n      contacts {\n        id\n        name\n        title\n      }\n    }\n  }\n": types.AccountContactChoicesDocument,
    "\n  query MyTasks($filter: ActivityFilter!, $first: Int!, $after: String) {\n    activities(filter: $filter, first: $first, after: $after, orderBy: DUE) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ActivityFields\n          opportunity {\n            id\n            name\n          }\n          account {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.MyTasksDocument,
    "\n  mutation LogActivity($input: LogActivityInput!) {\n    logActivity(input: $input) {\n      ...ActivityFields\n    }\n  }\n": types.LogActivityDocument,
    "\n  mutation UpdateActivity($input: UpdateActivityInput!) {\n    updateActivity(input: $input) {\n      ...ActivityFields\n    }\n  }\n": types.UpdateActivityDocument,
    "\n  mutation DeleteActivity($id: ID!) {\n    deleteActivity(id: $id) {\n      id\n    }\n  }\n": types.DeleteActivityDocument,
    "\n  fragment OpportunityRow on Opportunity {\n    id\n    name\n    stage\n    amount\n    probability\n    weightedAmount\n    expectedCloseDate\n    closedAt\n    lastActivityAt\n    nextStep\n    lossReason\n    version\n    allowedActions\n    owner {\n      id\n      name\n    }\n    partner {\n      id\n      name\n    }\n    account {\n      id\n      name\n    }\n    deal {\n      id\n      number\n    }\n  }\n": types.OpportunityRowFragmentDoc,
    "\n  query OpportunitiesPage(\n    $filter: OpportunityFilter\n    $orderBy: OpportunityOrder\n    $first: Int!\n    $after: String\n  ) {\n    opportunities(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...OpportunityRow\n        }\n      }\n    }\n  }\n": types.OpportunitiesPageDocument,
    "\n  query OpportunityBoardPage($filter: OpportunityBoardFilter, $perStage: Int!) {\n    opportunityBoard(filter: $filter, perStage: $perStage) {\n      columns {\n        stage\n        totalCount\n        amount\n        weightedAmount\n        opportunities {\n          ...OpportunityRow\n        }\n      }\n    }\n  }\n": types.OpportunityBoardPageDocument,
    "\n  fragment OpportunityDetail on Opportunity {\n    ...OpportunityRow\n    lossNote\n    createdAt\n    updatedAt\n    stageHistory {\n      id\n      fromStage\n      toStage\n      amount\n      changedAt\n      reason\n      changedBy {\n        id\n        name\n      }\n    }\n  }\n": types.OpportunityDetailFragmentDoc,
    "\n  query OpportunityPage($id: ID!) {\n    opportunity(id: $id) {\n      ...OpportunityDetail\n    }\n  }\n": types.OpportunityPageDocument,
    "\n  query OwnerChoices($filter: UsersFilter, $first: Int!) {\n    users(filter: $filter, first: $first) {\n      edges {\n        node {\n          id\n          name\n          email\n          role\n          organization {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.OwnerChoicesDocument,
    "\n  query PartnerChoices($search: String, $first: Int!) {\n    partners(search: $search, first: $first) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.PartnerChoicesDocument,
    "\n  mutation UpdateOpportunity($input: UpdateOpportunityInput!) {\n    updateOpportunity(input: $input) {\n      ...OpportunityDetail\n    }\n  }\n": types.UpdateOpportunityDocument,
    "\n  mutation MoveOpportunityStage($input: MoveOpportunityStageInput!) {\n    moveOpportunityStage(input: $input) {\n      ...OpportunityDetail\n    }\n  }\n": types.MoveOpportunityStageDocument,
    "\n  mutation ReopenOpportunity($input: ReopenOpportunityInput!) {\n    reopenOpportunity(input: $input) {\n      ...OpportunityDetail\n    }\n  }\n": types.ReopenOpportunityDocument,
    "\n  mutation ReassignOpportunity($input: ReassignOpportunityInput!) {\n    reassignOpportunity(input: $input) {\n      ...OpportunityDetail\n    }\n  }\n": types.ReassignOpportunityDocument,
    "\n  query OwnerName($id: ID!) {\n    user(id: $id) {\n      id\n      name\n    }\n  }\n": types.OwnerNameDocument,
    "\n  query PartnerName($id: ID!) {\n    partner(id: $id, period: { preset: THIS_MONTH }) {\n      partner {\n        id\n        name\n      }\n    }\n  }\n": types.PartnerNameDocument,
    "\n  query TeamList($period: PeriodInput!) {\n    teamPerformance(period: $period) {\n      seller {\n        id\n        name\n        email\n        role\n      }\n      wonAmount\n      wonCount\n      openAmount\n      openCount\n      winRate\n      quotaAmount\n      quotaAttainment\n    }\n  }\n": types.TeamListDocument,
    "\n  query TeamMember($id: ID!, $period: PeriodInput!) {\n    user(id: $id) {\n      id\n      name\n      email\n      role\n      manager {\n        id\n        name\n      }\n    }\n    salesMetrics(input: { period: $period, sellerId: $id }) {\n      from\n      to\n      pipeline {\n        openAmount\n        openCount\n        weightedAmount\n        byStage {\n          stage\n          amount\n          weightedAmount\n          count\n        }\n      }\n      winLoss {\n        wonAmount\n        wonCount\n        lostAmount\n        lostCount\n        winRate\n        winRateByAmount\n        lossReasons {\n          reason\n          count\n          amount\n        }\n      }\n      quota {\n        quotaAmount\n        wonAmount\n        attainment\n        amountToClose\n      }\n    }\n  }\n": types.TeamMemberDocument,
    "\n  query MemberOpportunities($ownerId: ID!, $first: Int!) {\n    opportunities(filter: { ownerId: $ownerId, open: true }, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          stage\n          amount\n          expectedCloseDate\n          account {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.MemberOpportunitiesDocument,
    "\n  query MemberDeals($ownerId: ID!, $first: Int!) {\n    deals(filter: { ownerId: $ownerId }, first: $first, orderBy: NEWEST) {\n      totalCount\n      edges {\n        node {\n          id\n          number\n          customerName\n          status\n          estimatedAmount\n          expectedCloseDate\n          submittedAt\n        }\n      }\n    }\n  }\n": types.MemberDealsDocument,
    "\n  fragment MemberActivity on Activity {\n    id\n    type\n    subject\n    occurredAt\n    dueAt\n    overdue\n    opportunity {\n      id\n      name\n    }\n    account {\n      id\n      name\n    }\n  }\n": types.MemberActivityFragmentDoc,
    "\n  query MemberActivities($ownerId: ID!, $first: Int!) {\n    openTasks: activities(\n      filter: { ownerId: $ownerId, status: OPEN }\n      first: $first\n      orderBy: DUE\n    ) {\n      totalCount\n      edges {\n        node {\n          ...MemberActivity\n        }\n      }\n    }\n    overdueTasks: activities(filter: { ownerId: $ownerId, due: OVERDUE }, first: 1) {\n      totalCount\n    }\n    recent: activities(filter: { ownerId: $ownerId }, first: $first, orderBy: NEWEST) {\n      totalCount\n      edges {\n        node {\n          ...MemberActivity\n        }\n      }\n    }\n  }\n": types.MemberActivitiesDocument,
    "\n  fragment TerritoryNode on Territory {\n    id\n    name\n    parentId\n    path\n    openPipeline\n    openOpportunityCount\n    dealCount\n    users {\n      id\n      name\n      email\n      role\n      active\n    }\n  }\n": types.TerritoryNodeFragmentDoc,
    "\n  query TerritoriesPage {\n    territories {\n      ...TerritoryNode\n    }\n  }\n": types.TerritoriesPageDocument,
    "\n  query AssignableUsers($search: String) {\n    users(filter: { active: true, search: $search }, first: 100) {\n      edges {\n        node {\n          id\n          name\n          email\n          role\n          active\n        }\n      }\n    }\n  }\n": types.AssignableUsersDocument,
    "\n  mutation CreateTerritory($input: CreateTerritoryInput!) {\n    createTerritory(input: $input) {\n      ...TerritoryNode\n    }\n  }\n": types.CreateTerritoryDocument,
    "\n  mutation UpdateTerritory($input: UpdateTerritoryInput!) {\n    updateTerritory(input: $input) {\n      ...TerritoryNode\n    }\n  }\n": types.UpdateTerritoryDocument,
    "\n  mutation DeleteTerritory($id: ID!) {\n    deleteTerritory(id: $id)\n  }\n": types.DeleteTerritoryDocument,
    "\n  mutation SetTerritoryUsers($input: SetTerritoryUsersInput!) {\n    setTerritoryUsers(input: $input) {\n      ...TerritoryNode\n    }\n  }\n": types.SetTerritoryUsersDocument,
    "\n  query ApprovalTimeWidget($period: PeriodInput) {\n    approvalTime(period: $period) {\n      decidedCount\n      medianHours\n      p90Hours\n    }\n  }\n": types.ApprovalTimeWidgetDocument,
    "\n  query DealsAwaitingApprovalWidget($limit: Int!) {\n    deals(filter: { statuses: [SUBMITTED] }, first: $limit, orderBy: OLDEST_SUBMITTED) {\n      totalCount\n      edges {\n        node {\n          id\n          number\n          customerName\n          estimatedAmount\n          partner {\n            id\n            name\n          }\n          owner {\n            id\n            name\n          }\n          submittedAt\n          timeInQueueHours\n          overSla\n        }\n      }\n    }\n  }\n": types.DealsAwaitingApprovalWidgetDocument,
    "\n  query DealsByStatusWidget($period: PeriodInput) {\n    dealStatusCounts(period: $period) {\n      status\n      count\n      amount\n    }\n  }\n": types.DealsByStatusWidgetDocument,
    "\n  query OperatorsSummaryWidget {\n    operatorsSummary {\n      activeByRole {\n        role\n        count\n      }\n      deactivated\n      invitationsPending\n      invitationsExpired\n    }\n  }\n": types.OperatorsSummaryWidgetDocument,
    "\n  query TerritoriesSummaryWidget {\n    territories {\n      id\n      name\n      parentId\n      openPipeline\n      openOpportunityCount\n    }\n  }\n": types.TerritoriesSummaryWidgetDocument,
    "\n  query PartnerLeaderboardWidget($period: PeriodInput!, $limit: Int!) {\n    partnerLeaderboard(period: $period, limit: $limit) {\n      rank\n      wonAmount\n      wonCount\n      partner {\n        id\n        name\n        tier\n      }\n    }\n  }\n": types.PartnerLeaderboardWidgetDocument,
    "\n  query PartnerWinLossWidget($period: PeriodInput!, $limit: Int!) {\n    partnerWinLoss(period: $period, limit: $limit) {\n      partner {\n        id\n        name\n      }\n      otherPartnerCount\n      wonCount\n      wonAmount\n      lostCount\n      lostAmount\n      winRate\n      winRateByAmount\n    }\n  }\n": types.PartnerWinLossWidgetDocument,
    "\n  fragment PartnerPerformanceRow on PartnerPerformance {\n    partner {\n      id\n      name\n      tier\n    }\n    openAmount\n    openCount\n    weightedAmount\n    wonAmount\n    wonCount\n    lostAmount\n    lostCount\n    winRate\n    winRateByAmount\n    quotaAmount\n    quotaAttainment\n  }\n": types.PartnerPerformanceRowFragmentDoc,
    "\n  query PartnersListWidget(\n    $period: PeriodInput!\n    $first: Int!\n    $after: String\n    $orderBy: PartnerPerformanceOrder!\n  ) {\n    partnerPerformance(period: $period, first: $first, after: $after, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          ...PartnerPerformanceRow\n        }\n      }\n    }\n  }\n": types.PartnersListWidgetDocument,
    "\n  query PipelineByPartnerWidget($period: PeriodInput!, $limit: Int!) {\n    pipelineByPartner(period: $period, limit: $limit) {\n      partner {\n        id\n        name\n      }\n      otherPartnerCount\n      openAmount\n      weightedAmount\n      openCount\n      byStage {\n        stage\n        amount\n        weightedAmount\n        count\n      }\n    }\n  }\n": types.PipelineByPartnerWidgetDocument,
    "\n  query SalesPipelineWidget($period: PeriodInput!) {\n    salesMetrics(input: { period: $period }) {\n      scope\n      from\n      to\n      pipeline {\n        openAmount\n        weightedAmount\n        openCount\n        byStage {\n          stage\n          amount\n          weightedAmount\n          count\n        }\n      }\n    }\n  }\n": types.SalesPipelineWidgetDocument,
    "\n  query SalesQuotaWidget($period: PeriodInput!) {\n    salesMetrics(input: { period: $period }) {\n      scope\n      quota {\n        quotaAmount\n        wonAmount\n        attainment\n        amountToClose\n        sellersQuotaAmount\n      }\n    }\n  }\n": types.SalesQuotaWidgetDocument,
    "\n  query SalesWinLossWidget($period: PeriodInput!) {\n    salesMetrics(input: { period: $period }) {\n      scope\n      winLoss {\n        wonCount\n        wonAmount\n        lostCount\n        lostAmount\n        winRate\n        winRateByAmount\n        lossReasons {\n          reason\n          count\n          amount\n        }\n      }\n    }\n  }\n": types.SalesWinLossWidgetDocument,
    "\n  query SalesTrendWidget($period: PeriodInput!) {\n    salesMetrics(input: { period: $period }) {\n      scope\n      from\n      to\n      trend {\n        at\n        openAmount\n        openCount\n      }\n    }\n  }\n": types.SalesTrendWidgetDocument,
    "\n  query ActivitiesDueWidget($filter: ActivityFilter!, $first: Int!) {\n    activities(filter: $filter, first: $first, orderBy: DUE) {\n      totalCount\n      edges {\n        node {\n          id\n          subject\n          dueAt\n          overdue\n          completedAt\n          canComplete\n          opportunity {\n            id\n            name\n          }\n          account {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.ActivitiesDueWidgetDocument,
    "\n  query TeamPerformanceWidget($period: PeriodInput!) {\n    teamPerformance(period: $period) {\n      seller {\n        id\n        name\n        role\n      }\n      wonAmount\n      wonCount\n      openAmount\n      openCount\n      weightedAmount\n      quotaAmount\n      quotaAttainment\n      byStage {\n        stage\n        amount\n        weightedAmount\n        count\n      }\n    }\n  }\n": types.TeamPerformanceWidgetDocument,
    "\n  query TeamActivityWidget($period: PeriodInput!) {\n    teamActivity(period: $period) {\n      seller {\n        id\n        name\n        role\n      }\n      tasksOpen\n      tasksOverdue\n      oldestOverdueDueAt\n    }\n  }\n": types.TeamActivityWidgetDocument,
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
export function graphql(source: "\n  mutation CompleteActivity($id: ID!) {\n    completeActivity(id: $id) {\n      ...ActivityFields\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteActivity($id: ID!) {\n    completeActivity(id: $id) {\n      ...ActivityFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminPartnerRow on Organization {\n    id\n    name\n    domain\n    tier\n    active\n    channelManager {\n      id\n      name\n      email\n    }\n  }\n"): (typeof documents)["\n  fragment AdminPartnerRow on Organization {\n    id\n    name\n    domain\n    tier\n    active\n    channelManager {\n      id\n      name\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnersAdministration(\n    $search: String\n    $tier: PartnerTier\n    $active: Boolean\n    $channelManagerId: ID\n    $first: Int!\n    $after: String\n  ) {\n    partners(\n      search: $search\n      tier: $tier\n      active: $active\n      channelManagerId: $channelManagerId\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...AdminPartnerRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartnersAdministration(\n    $search: String\n    $tier: PartnerTier\n    $active: Boolean\n    $channelManagerId: ID\n    $first: Int!\n    $after: String\n  ) {\n    partners(\n      search: $search\n      tier: $tier\n      active: $active\n      channelManagerId: $channelManagerId\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...AdminPartnerRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChannelManagers {\n    users(filter: { role: CHANNEL_MANAGER, active: true }, first: 100) {\n      edges {\n        node {\n          id\n          name\n          email\n          workload {\n            assignedPartners\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ChannelManagers {\n    users(filter: { role: CHANNEL_MANAGER, active: true }, first: 100) {\n      edges {\n        node {\n          id\n          name\n          email\n          workload {\n            assignedPartners\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerSalesOps($organizationId: ID!) {\n    users(filter: { organizationId: $organizationId, role: PARTNER_SALES_OPS }, first: 20) {\n      edges {\n        node {\n          id\n          name\n          email\n          active\n          lastSignInAt\n          pendingInvitation {\n            sentAt\n            expiresAt\n            expired\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartnerSalesOps($organizationId: ID!) {\n    users(filter: { organizationId: $organizationId, role: PARTNER_SALES_OPS }, first: 20) {\n      edges {\n        node {\n          id\n          name\n          email\n          active\n          lastSignInAt\n          pendingInvitation {\n            sentAt\n            expiresAt\n            expired\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OnboardPartner($input: OnboardPartnerInput!) {\n    onboardPartner(input: $input) {\n      invitationUrl\n      expiresAt\n      partner {\n        ...AdminPartnerRow\n      }\n      salesOps {\n        id\n        name\n        email\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation OnboardPartner($input: OnboardPartnerInput!) {\n    onboardPartner(input: $input) {\n      invitationUrl\n      expiresAt\n      partner {\n        ...AdminPartnerRow\n      }\n      salesOps {\n        id\n        name\n        email\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePartner($input: UpdatePartnerInput!) {\n    updatePartner(input: $input) {\n      ...AdminPartnerRow\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePartner($input: UpdatePartnerInput!) {\n    updatePartner(input: $input) {\n      ...AdminPartnerRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignChannelManager($input: AssignChannelManagerInput!) {\n    assignChannelManager(input: $input) {\n      ...AdminPartnerRow\n    }\n  }\n"): (typeof documents)["\n  mutation AssignChannelManager($input: AssignChannelManagerInput!) {\n    assignChannelManager(input: $input) {\n      ...AdminPartnerRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivatePartner($id: ID!) {\n    deactivatePartner(id: $id) {\n      ...AdminPartnerRow\n    }\n  }\n"): (typeof documents)["\n  mutation DeactivatePartner($id: ID!) {\n    deactivatePartner(id: $id) {\n      ...AdminPartnerRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReactivatePartner($id: ID!) {\n    reactivatePartner(id: $id) {\n      ...AdminPartnerRow\n    }\n  }\n"): (typeof documents)["\n  mutation ReactivatePartner($id: ID!) {\n    reactivatePartner(id: $id) {\n      ...AdminPartnerRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenewPartnerInvitation($userId: ID!) {\n    renewInvitation(userId: $userId) {\n      invitationUrl\n      expiresAt\n      user {\n        id\n        pendingInvitation {\n          sentAt\n          expiresAt\n          expired\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RenewPartnerInvitation($userId: ID!) {\n    renewInvitation(userId: $userId) {\n      invitationUrl\n      expiresAt\n      user {\n        id\n        pendingInvitation {\n          sentAt\n          expiresAt\n          expired\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiTokens {\n    apiTokens {\n      ...ApiTokenRow\n    }\n  }\n"): (typeof documents)["\n  query ApiTokens {\n    apiTokens {\n      ...ApiTokenRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApiTokenRow on ApiToken {\n    id\n    name\n    prefix\n    createdAt\n    expiresAt\n    lastUsedAt\n    revokedAt\n  }\n"): (typeof documents)["\n  fragment ApiTokenRow on ApiToken {\n    id\n    name\n    prefix\n    createdAt\n    expiresAt\n    lastUsedAt\n    revokedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        ...ApiTokenRow\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        ...ApiTokenRow\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiToken($input: RevokeApiTokenInput!) {\n    revokeApiToken(input: $input) {\n      ...ApiTokenRow\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeApiToken($input: RevokeApiTokenInput!) {\n    revokeApiToken(input: $input) {\n      ...ApiTokenRow\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      expiresAt\n      user {\n        ...SessionUser\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      expiresAt\n      user {\n        ...SessionUser\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      expiresAt\n      user {\n        ...SessionUser\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      expiresAt\n      user {\n        ...SessionUser\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  fragment OperatorRow on User {\n    id\n    name\n    email\n    role\n    active\n    lastSignInAt\n    manager {\n      id\n      name\n    }\n    territories {\n      id\n      name\n      path\n    }\n    pendingInvitation {\n      sentAt\n      expiresAt\n      expired\n    }\n    workload {\n      openOpportunities\n      pendingDeals\n      assignedPartners\n    }\n  }\n"): (typeof documents)["\n  fragment OperatorRow on User {\n    id\n    name\n    email\n    role\n    active\n    lastSignInAt\n    manager {\n      id\n      name\n    }\n    territories {\n      id\n      name\n      path\n    }\n    pendingInvitation {\n      sentAt\n      expiresAt\n      expired\n    }\n    workload {\n      openOpportunities\n      pendingDeals\n      assignedPartners\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Operators($filter: UsersFilter, $first: Int!, $after: String) {\n    users(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...OperatorRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Operators($filter: UsersFilter, $first: Int!, $after: String) {\n    users(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...OperatorRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonChoices($filter: UsersFilter, $first: Int!) {\n    users(filter: $filter, first: $first) {\n      edges {\n        node {\n          id\n          name\n          email\n          role\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PersonChoices($filter: UsersFilter, $first: Int!) {\n    users(filter: $filter, first: $first) {\n      edges {\n        node {\n          id\n          name\n          email\n          role\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OperatorWorkload($id: ID!) {\n    user(id: $id) {\n      id\n      active\n      workload {\n        openOpportunities\n        pendingDeals\n        assignedPartners\n      }\n    }\n  }\n"): (typeof documents)["\n  query OperatorWorkload($id: ID!) {\n    user(id: $id) {\n      id\n      active\n      workload {\n        openOpportunities\n        pendingDeals\n        assignedPartners\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OperatorTerritories {\n    territories {\n      id\n      name\n      path\n      parentId\n    }\n  }\n"): (typeof documents)["\n  query OperatorTerritories {\n    territories {\n      id\n      name\n      path\n      parentId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      invitationUrl\n      expiresAt\n      user {\n        ...OperatorRow\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      invitationUrl\n      expiresAt\n      user {\n        ...OperatorRow\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      ...OperatorRow\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      ...OperatorRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateUser($input: DeactivateUserInput!) {\n    deactivateUser(input: $input) {\n      ...OperatorRow\n    }\n  }\n"): (typeof documents)["\n  mutation DeactivateUser($input: DeactivateUserInput!) {\n    deactivateUser(input: $input) {\n      ...OperatorRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReactivateUser($id: ID!) {\n    reactivateUser(id: $id) {\n      ...OperatorRow\n    }\n  }\n"): (typeof documents)["\n  mutation ReactivateUser($id: ID!) {\n    reactivateUser(id: $id) {\n      ...OperatorRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenewInvitation($userId: ID!) {\n    renewInvitation(userId: $userId) {\n      invitationUrl\n      expiresAt\n      user {\n        ...OperatorRow\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RenewInvitation($userId: ID!) {\n    renewInvitation(userId: $userId) {\n      invitationUrl\n      expiresAt\n      user {\n        ...OperatorRow\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePasswordResetLink($userId: ID!) {\n    createPasswordResetLink(userId: $userId) {\n      resetUrl\n      expiresAt\n      user {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePasswordResetLink($userId: ID!) {\n    createPasswordResetLink(userId: $userId) {\n      resetUrl\n      expiresAt\n      user {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnersPage($search: String, $first: Int!, $after: String) {\n    partners(search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          tier\n          channelManager {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartnersPage($search: String, $first: Int!, $after: String) {\n    partners(search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          tier\n          channelManager {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerPage($id: ID!, $period: PeriodInput!) {\n    partner(id: $id, period: $period) {\n      partner {\n        id\n        name\n        tier\n        channelManager {\n          id\n          name\n        }\n      }\n      performance {\n        wonAmount\n        wonCount\n        lostAmount\n        lostCount\n        openAmount\n        openCount\n        weightedAmount\n        winRate\n        winRateByAmount\n        quotaAmount\n        quotaAttainment\n        byStage {\n          stage\n          amount\n          weightedAmount\n          count\n        }\n      }\n      topSellers {\n        seller {\n          id\n          name\n          email\n        }\n        wonAmount\n        wonCount\n        openAmount\n        quotaAmount\n        quotaAttainment\n        winRate\n      }\n      recentDeals(limit: 8) {\n        id\n        number\n        status\n        customerName\n        estimatedAmount\n        expectedCloseDate\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartnerPage($id: ID!, $period: PeriodInput!) {\n    partner(id: $id, period: $period) {\n      partner {\n        id\n        name\n        tier\n        channelManager {\n          id\n          name\n        }\n      }\n      performance {\n        wonAmount\n        wonCount\n        lostAmount\n        lostCount\n        openAmount\n        openCount\n        weightedAmount\n        winRate\n        winRateByAmount\n        quotaAmount\n        quotaAttainment\n        byStage {\n          stage\n          amount\n          weightedAmount\n          count\n        }\n      }\n      topSellers {\n        seller {\n          id\n          name\n          email\n        }\n        wonAmount\n        wonCount\n        openAmount\n        quotaAmount\n        quotaAttainment\n        winRate\n      }\n      recentDeals(limit: 8) {\n        id\n        number\n        status\n        customerName\n        estimatedAmount\n        expectedCloseDate\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment QuotaRow on Quota {\n    id\n    targetKind\n    periodKind\n    periodStart\n    periodEnd\n    periodLabel\n    amount\n    wonAmount\n    attainment\n    canEdit\n    updatedAt\n    seller {\n      id\n      name\n    }\n    setBy {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment QuotaRow on Quota {\n    id\n    targetKind\n    periodKind\n    periodStart\n    periodEnd\n    periodLabel\n    amount\n    wonAmount\n    attainment\n    canEdit\n    updatedAt\n    seller {\n      id\n      name\n    }\n    setBy {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Quotas($filter: QuotaFilter, $first: Int!) {\n    quotas(filter: $filter, first: $first) {\n      totalCount\n      edges {\n        node {\n          ...QuotaRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Quotas($filter: QuotaFilter, $first: Int!) {\n    quotas(filter: $filter, first: $first) {\n      totalCount\n      edges {\n        node {\n          ...QuotaRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuotaSellers {\n    users(filter: { role: PARTNER_SELLER, active: true }, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          email\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query QuotaSellers {\n    users(filter: { role: PARTNER_SELLER, active: true }, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          email\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetQuota($input: SetQuotaInput!) {\n    setQuota(input: $input) {\n      ...QuotaRow\n    }\n  }\n"): (typeof documents)["\n  mutation SetQuota($input: SetQuotaInput!) {\n    setQuota(input: $input) {\n      ...QuotaRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteQuota($id: ID!) {\n    deleteQuota(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteQuota($id: ID!) {\n    deleteQuota(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportWonOpportunities(\n    $filter: OpportunityFilter\n    $orderBy: OpportunityOrder\n    $first: Int\n    $after: String\n  ) {\n    opportunities(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          name\n          amount\n          closedAt\n          owner {\n            id\n            name\n          }\n          account {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReportWonOpportunities(\n    $filter: OpportunityFilter\n    $orderBy: OpportunityOrder\n    $first: Int\n    $after: String\n  ) {\n    opportunities(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          name\n          amount\n          closedAt\n          owner {\n            id\n            name\n          }\n          account {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportPipeline($period: PeriodInput!) {\n    teamPerformance(period: $period) {\n      seller {\n        id\n        name\n      }\n      openCount\n      openAmount\n      weightedAmount\n      wonCount\n      wonAmount\n      lostCount\n      winRate\n      quotaAmount\n      quotaAttainment\n    }\n  }\n"): (typeof documents)["\n  query ReportPipeline($period: PeriodInput!) {\n    teamPerformance(period: $period) {\n      seller {\n        id\n        name\n      }\n      openCount\n      openAmount\n      weightedAmount\n      wonCount\n      wonAmount\n      lostCount\n      winRate\n      quotaAmount\n      quotaAttainment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportActivity($period: PeriodInput!) {\n    teamActivity(period: $period) {\n      seller {\n        id\n        name\n      }\n      calls\n      emails\n      meetings\n      notes\n      tasksCompleted\n      tasksOpen\n      tasksOverdue\n      oldestOverdueDueAt\n    }\n  }\n"): (typeof documents)["\n  query ReportActivity($period: PeriodInput!) {\n    teamActivity(period: $period) {\n      seller {\n        id\n        name\n      }\n      calls\n      emails\n      meetings\n      notes\n      tasksCompleted\n      tasksOpen\n      tasksOverdue\n      oldestOverdueDueAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountsPage($search: String, $first: Int!, $after: String) {\n    accounts(search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          name\n          domain\n          industry\n          openAmount\n          partner {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccountsPage($search: String, $first: Int!, $after: String) {\n    accounts(search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          name\n          domain\n          industry\n          openAmount\n          partner {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountPage($id: ID!) {\n    account(id: $id) {\n      id\n      name\n      domain\n      industry\n      openAmount\n      partner {\n        id\n        name\n      }\n      opportunities(first: 100) {\n        id\n        name\n        stage\n        amount\n        expectedCloseDate\n        closedAt\n        owner {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccountPage($id: ID!) {\n    account(id: $id) {\n      id\n      name\n      domain\n      industry\n      openAmount\n      partner {\n        id\n        name\n      }\n      opportunities(first: 100) {\n        id\n        name\n        stage\n        amount\n        expectedCloseDate\n        closedAt\n        owner {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContactFields on Contact {\n    id\n    name\n    title\n    email\n    phone\n  }\n"): (typeof documents)["\n  fragment ContactFields on Contact {\n    id\n    name\n    title\n    email\n    phone\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountContacts($id: ID!) {\n    account(id: $id) {\n      id\n      name\n      contacts {\n        ...ContactFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccountContacts($id: ID!) {\n    account(id: $id) {\n      id\n      name\n      contacts {\n        ...ContactFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateContact($input: CreateContactInput!) {\n    createContact(input: $input) {\n      ...ContactFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateContact($input: CreateContactInput!) {\n    createContact(input: $input) {\n      ...ContactFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateContact($input: UpdateContactInput!) {\n    updateContact(input: $input) {\n      ...ContactFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateContact($input: UpdateContactInput!) {\n    updateContact(input: $input) {\n      ...ContactFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ActivityFields on Activity {\n    id\n    type\n    subject\n    body\n    occurredAt\n    dueAt\n    completedAt\n    overdue\n    canEdit\n    canComplete\n    createdAt\n    owner {\n      id\n      name\n    }\n    contact {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ActivityFields on Activity {\n    id\n    type\n    subject\n    body\n    occurredAt\n    dueAt\n    completedAt\n    overdue\n    canEdit\n    canComplete\n    createdAt\n    owner {\n      id\n      name\n    }\n    contact {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TimelineActivities($filter: ActivityFilter!, $first: Int!) {\n    activities(filter: $filter, first: $first, orderBy: NEWEST) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          ...ActivityFields\n          opportunity {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TimelineActivities($filter: ActivityFilter!, $first: Int!) {\n    activities(filter: $filter, first: $first, orderBy: NEWEST) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          ...ActivityFields\n          opportunity {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpportunityContactChoices($id: ID!) {\n    opportunity(id: $id) {\n      id\n      contacts {\n        id\n        name\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  query OpportunityContactChoices($id: ID!) {\n    opportunity(id: $id) {\n      id\n      contacts {\n        id\n        name\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountContactChoices($id: ID!) {\n    account(id: $id) {\n      id\n      contacts {\n        id\n        name\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccountContactChoices($id: ID!) {\n    account(id: $id) {\n      id\n      contacts {\n        id\n        name\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyTasks($filter: ActivityFilter!, $first: Int!, $after: String) {\n    activities(filter: $filter, first: $first, after: $after, orderBy: DUE) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ActivityFields\n          opportunity {\n            id\n            name\n          }\n          account {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyTasks($filter: ActivityFilter!, $first: Int!, $after: String) {\n    activities(filter: $filter, first: $first, after: $after, orderBy: DUE) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ActivityFields\n          opportunity {\n            id\n            name\n          }\n          account {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogActivity($input: LogActivityInput!) {\n    logActivity(input: $input) {\n      ...ActivityFields\n    }\n  }\n"): (typeof documents)["\n  mutation LogActivity($input: LogActivityInput!) {\n    logActivity(input: $input) {\n      ...ActivityFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateActivity($input: UpdateActivityInput!) {\n    updateActivity(input: $input) {\n      ...ActivityFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateActivity($input: UpdateActivityInput!) {\n    updateActivity(input: $input) {\n      ...ActivityFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteActivity($id: ID!) {\n    deleteActivity(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteActivity($id: ID!) {\n    deleteActivity(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OpportunityRow on Opportunity {\n    id\n    name\n    stage\n    amount\n    probability\n    weightedAmount\n    expectedCloseDate\n    closedAt\n    lastActivityAt\n    nextStep\n    lossReason\n    version\n    allowedActions\n    owner {\n      id\n      name\n    }\n    partner {\n      id\n      name\n    }\n    account {\n      id\n      name\n    }\n    deal {\n      id\n      number\n    }\n  }\n"): (typeof documents)["\n  fragment OpportunityRow on Opportunity {\n    id\n    name\n    stage\n    amount\n    probability\n    weightedAmount\n    expectedCloseDate\n    closedAt\n    lastActivityAt\n    nextStep\n    lossReason\n    version\n    allowedActions\n    owner {\n      id\n      name\n    }\n    partner {\n      id\n      name\n    }\n    account {\n      id\n      name\n    }\n    deal {\n      id\n      number\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpportunitiesPage(\n    $filter: OpportunityFilter\n    $orderBy: OpportunityOrder\n    $first: Int!\n    $after: String\n  ) {\n    opportunities(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...OpportunityRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OpportunitiesPage(\n    $filter: OpportunityFilter\n    $orderBy: OpportunityOrder\n    $first: Int!\n    $after: String\n  ) {\n    opportunities(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...OpportunityRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpportunityBoardPage($filter: OpportunityBoardFilter, $perStage: Int!) {\n    opportunityBoard(filter: $filter, perStage: $perStage) {\n      columns {\n        stage\n        totalCount\n        amount\n        weightedAmount\n        opportunities {\n          ...OpportunityRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OpportunityBoardPage($filter: OpportunityBoardFilter, $perStage: Int!) {\n    opportunityBoard(filter: $filter, perStage: $perStage) {\n      columns {\n        stage\n        totalCount\n        amount\n        weightedAmount\n        opportunities {\n          ...OpportunityRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OpportunityDetail on Opportunity {\n    ...OpportunityRow\n    lossNote\n    createdAt\n    updatedAt\n    stageHistory {\n      id\n      fromStage\n      toStage\n      amount\n      changedAt\n      reason\n      changedBy {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment OpportunityDetail on Opportunity {\n    ...OpportunityRow\n    lossNote\n    createdAt\n    updatedAt\n    stageHistory {\n      id\n      fromStage\n      toStage\n      amount\n      changedAt\n      reason\n      changedBy {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpportunityPage($id: ID!) {\n    opportunity(id: $id) {\n      ...OpportunityDetail\n    }\n  }\n"): (typeof documents)["\n  query OpportunityPage($id: ID!) {\n    opportunity(id: $id) {\n      ...OpportunityDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OwnerChoices($filter: UsersFilter, $first: Int!) {\n    users(filter: $filter, first: $first) {\n      edges {\n        node {\n          id\n          name\n          email\n          role\n          organization {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OwnerChoices($filter: UsersFilter, $first: Int!) {\n    users(filter: $filter, first: $first) {\n      edges {\n        node {\n          id\n          name\n          email\n          role\n          organization {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerChoices($search: String, $first: Int!) {\n    partners(search: $search, first: $first) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartnerChoices($search: String, $first: Int!) {\n    partners(search: $search, first: $first) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOpportunity($input: UpdateOpportunityInput!) {\n    updateOpportunity(input: $input) {\n      ...OpportunityDetail\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOpportunity($input: UpdateOpportunityInput!) {\n    updateOpportunity(input: $input) {\n      ...OpportunityDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveOpportunityStage($input: MoveOpportunityStageInput!) {\n    moveOpportunityStage(input: $input) {\n      ...OpportunityDetail\n    }\n  }\n"): (typeof documents)["\n  mutation MoveOpportunityStage($input: MoveOpportunityStageInput!) {\n    moveOpportunityStage(input: $input) {\n      ...OpportunityDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenOpportunity($input: ReopenOpportunityInput!) {\n    reopenOpportunity(input: $input) {\n      ...OpportunityDetail\n    }\n  }\n"): (typeof documents)["\n  mutation ReopenOpportunity($input: ReopenOpportunityInput!) {\n    reopenOpportunity(input: $input) {\n      ...OpportunityDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReassignOpportunity($input: ReassignOpportunityInput!) {\n    reassignOpportunity(input: $input) {\n      ...OpportunityDetail\n    }\n  }\n"): (typeof documents)["\n  mutation ReassignOpportunity($input: ReassignOpportunityInput!) {\n    reassignOpportunity(input: $input) {\n      ...OpportunityDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OwnerName($id: ID!) {\n    user(id: $id) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query OwnerName($id: ID!) {\n    user(id: $id) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerName($id: ID!) {\n    partner(id: $id, period: { preset: THIS_MONTH }) {\n      partner {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartnerName($id: ID!) {\n    partner(id: $id, period: { preset: THIS_MONTH }) {\n      partner {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamList($period: PeriodInput!) {\n    teamPerformance(period: $period) {\n      seller {\n        id\n        name\n        email\n        role\n      }\n      wonAmount\n      wonCount\n      openAmount\n      openCount\n      winRate\n      quotaAmount\n      quotaAttainment\n    }\n  }\n"): (typeof documents)["\n  query TeamList($period: PeriodInput!) {\n    teamPerformance(period: $period) {\n      seller {\n        id\n        name\n        email\n        role\n      }\n      wonAmount\n      wonCount\n      openAmount\n      openCount\n      winRate\n      quotaAmount\n      quotaAttainment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamMember($id: ID!, $period: PeriodInput!) {\n    user(id: $id) {\n      id\n      name\n      email\n      role\n      manager {\n        id\n        name\n      }\n    }\n    salesMetrics(input: { period: $period, sellerId: $id }) {\n      from\n      to\n      pipeline {\n        openAmount\n        openCount\n        weightedAmount\n        byStage {\n          stage\n          amount\n          weightedAmount\n          count\n        }\n      }\n      winLoss {\n        wonAmount\n        wonCount\n        lostAmount\n        lostCount\n        winRate\n        winRateByAmount\n        lossReasons {\n          reason\n          count\n          amount\n        }\n      }\n      quota {\n        quotaAmount\n        wonAmount\n        attainment\n        amountToClose\n      }\n    }\n  }\n"): (typeof documents)["\n  query TeamMember($id: ID!, $period: PeriodInput!) {\n    user(id: $id) {\n      id\n      name\n      email\n      role\n      manager {\n        id\n        name\n      }\n    }\n    salesMetrics(input: { period: $period, sellerId: $id }) {\n      from\n      to\n      pipeline {\n        openAmount\n        openCount\n        weightedAmount\n        byStage {\n          stage\n          amount\n          weightedAmount\n          count\n        }\n      }\n      winLoss {\n        wonAmount\n        wonCount\n        lostAmount\n        lostCount\n        winRate\n        winRateByAmount\n        lossReasons {\n          reason\n          count\n          amount\n        }\n      }\n      quota {\n        quotaAmount\n        wonAmount\n        attainment\n        amountToClose\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberOpportunities($ownerId: ID!, $first: Int!) {\n    opportunities(filter: { ownerId: $ownerId, open: true }, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          stage\n          amount\n          expectedCloseDate\n          account {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MemberOpportunities($ownerId: ID!, $first: Int!) {\n    opportunities(filter: { ownerId: $ownerId, open: true }, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          stage\n          amount\n          expectedCloseDate\n          account {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberDeals($ownerId: ID!, $first: Int!) {\n    deals(filter: { ownerId: $ownerId }, first: $first, orderBy: NEWEST) {\n      totalCount\n      edges {\n        node {\n          id\n          number\n          customerName\n          status\n          estimatedAmount\n          expectedCloseDate\n          submittedAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MemberDeals($ownerId: ID!, $first: Int!) {\n    deals(filter: { ownerId: $ownerId }, first: $first, orderBy: NEWEST) {\n      totalCount\n      edges {\n        node {\n          id\n          number\n          customerName\n          status\n          estimatedAmount\n          expectedCloseDate\n          submittedAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MemberActivity on Activity {\n    id\n    type\n    subject\n    occurredAt\n    dueAt\n    overdue\n    opportunity {\n      id\n      name\n    }\n    account {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment MemberActivity on Activity {\n    id\n    type\n    subject\n    occurredAt\n    dueAt\n    overdue\n    opportunity {\n      id\n      name\n    }\n    account {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberActivities($ownerId: ID!, $first: Int!) {\n    openTasks: activities(\n      filter: { ownerId: $ownerId, status: OPEN }\n      first: $first\n      orderBy: DUE\n    ) {\n      totalCount\n      edges {\n        node {\n          ...MemberActivity\n        }\n      }\n    }\n    overdueTasks: activities(filter: { ownerId: $ownerId, due: OVERDUE }, first: 1) {\n      totalCount\n    }\n    recent: activities(filter: { ownerId: $ownerId }, first: $first, orderBy: NEWEST) {\n      totalCount\n      edges {\n        node {\n          ...MemberActivity\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MemberActivities($ownerId: ID!, $first: Int!) {\n    openTasks: activities(\n      filter: { ownerId: $ownerId, status: OPEN }\n      first: $first\n      orderBy: DUE\n    ) {\n      totalCount\n      edges {\n        node {\n          ...MemberActivity\n        }\n      }\n    }\n    overdueTasks: activities(filter: { ownerId: $ownerId, due: OVERDUE }, first: 1) {\n      totalCount\n    }\n    recent: activities(filter: { ownerId: $ownerId }, first: $first, orderBy: NEWEST) {\n      totalCount\n      edges {\n        node {\n          ...MemberActivity\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TerritoryNode on Territory {\n    id\n    name\n    parentId\n    path\n    openPipeline\n    openOpportunityCount\n    dealCount\n    users {\n      id\n      name\n      email\n      role\n      active\n    }\n  }\n"): (typeof documents)["\n  fragment TerritoryNode on Territory {\n    id\n    name\n    parentId\n    path\n    openPipeline\n    openOpportunityCount\n    dealCount\n    users {\n      id\n      name\n      email\n      role\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TerritoriesPage {\n    territories {\n      ...TerritoryNode\n    }\n  }\n"): (typeof documents)["\n  query TerritoriesPage {\n    territories {\n      ...TerritoryNode\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssignableUsers($search: String) {\n    users(filter: { active: true, search: $search }, first: 100) {\n      edges {\n        node {\n          id\n          name\n          email\n          role\n          active\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AssignableUsers($search: String) {\n    users(filter: { active: true, search: $search }, first: 100) {\n      edges {\n        node {\n          id\n          name\n          email\n          role\n          active\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTerritory($input: CreateTerritoryInput!) {\n    createTerritory(input: $input) {\n      ...TerritoryNode\n    }\n  }\n"): (typeof documents)["\n  mutation CreateTerritory($input: CreateTerritoryInput!) {\n    createTerritory(input: $input) {\n      ...TerritoryNode\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTerritory($input: UpdateTerritoryInput!) {\n    updateTerritory(input: $input) {\n      ...TerritoryNode\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateTerritory($input: UpdateTerritoryInput!) {\n    updateTerritory(input: $input) {\n      ...TerritoryNode\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteTerritory($id: ID!) {\n    deleteTerritory(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteTerritory($id: ID!) {\n    deleteTerritory(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetTerritoryUsers($input: SetTerritoryUsersInput!) {\n    setTerritoryUsers(input: $input) {\n      ...TerritoryNode\n    }\n  }\n"): (typeof documents)["\n  mutation SetTerritoryUsers($input: SetTerritoryUsersInput!) {\n    setTerritoryUsers(input: $input) {\n      ...TerritoryNode\n    }\n  }\n"];
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
export function graphql(source: "\n  query OperatorsSummaryWidget {\n    operatorsSummary {\n      activeByRole {\n        role\n        count\n      }\n      deactivated\n      invitationsPending\n      invitationsExpired\n    }\n  }\n"): (typeof documents)["\n  query OperatorsSummaryWidget {\n    operatorsSummary {\n      activeByRole {\n        role\n        count\n      }\n      deactivated\n      invitationsPending\n      invitationsExpired\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TerritoriesSummaryWidget {\n    territories {\n      id\n      name\n      parentId\n      openPipeline\n      openOpportunityCount\n    }\n  }\n"): (typeof documents)["\n  query TerritoriesSummaryWidget {\n    territories {\n      id\n      name\n      parentId\n      openPipeline\n      openOpportunityCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerLeaderboardWidget($period: PeriodInput!, $limit: Int!) {\n    partnerLeaderboard(period: $period, limit: $limit) {\n      rank\n      wonAmount\n      wonCount\n      partner {\n        id\n        name\n        tier\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartnerLeaderboardWidget($period: PeriodInput!, $limit: Int!) {\n    partnerLeaderboard(period: $period, limit: $limit) {\n      rank\n      wonAmount\n      wonCount\n      partner {\n        id\n        name\n        tier\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerWinLossWidget($period: PeriodInput!, $limit: Int!) {\n    partnerWinLoss(period: $period, limit: $limit) {\n      partner {\n        id\n        name\n      }\n      otherPartnerCount\n      wonCount\n      wonAmount\n      lostCount\n      lostAmount\n      winRate\n      winRateByAmount\n    }\n  }\n"): (typeof documents)["\n  query PartnerWinLossWidget($period: PeriodInput!, $limit: Int!) {\n    partnerWinLoss(period: $period, limit: $limit) {\n      partner {\n        id\n        name\n      }\n      otherPartnerCount\n      wonCount\n      wonAmount\n      lostCount\n      lostAmount\n      winRate\n      winRateByAmount\n    }\n  }\n"];
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
export function graphql(source: "\n  query PipelineByPartnerWidget($period: PeriodInput!, $limit: Int!) {\n    pipelineByPartner(period: $period, limit: $limit) {\n      partner {\n        id\n        name\n      }\n      otherPartnerCount\n      openAmount\n      weightedAmount\n      openCount\n      byStage {\n        stage\n        amount\n        weightedAmount\n        count\n      }\n    }\n  }\n"): (typeof documents)["\n  query PipelineByPartnerWidget($period: PeriodInput!, $limit: Int!) {\n    pipelineByPartner(period: $period, limit: $limit) {\n      partner {\n        id\n        name\n      }\n      otherPartnerCount\n      openAmount\n      weightedAmount\n      openCount\n      byStage {\n        stage\n        amount\n        weightedAmount\n        count\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SalesPipelineWidget($period: PeriodInput!) {\n    salesMetrics(input: { period: $period }) {\n      scope\n      from\n      to\n      pipeline {\n        openAmount\n        weightedAmount\n        openCount\n        byStage {\n          stage\n          amount\n          weightedAmount\n          count\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SalesPipelineWidget($period: PeriodInput!) {\n    salesMetrics(input: { period: $period }) {\n      scope\n      from\n      to\n      pipeline {\n        openAmount\n        weightedAmount\n        openCount\n        byStage {\n          stage\n          amount\n          weightedAmount\n          count\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SalesQuotaWidget($period: PeriodInput!) {\n    salesMetrics(input: { period: $period }) {\n      scope\n      quota {\n        quotaAmount\n        wonAmount\n        attainment\n        amountToClose\n        sellersQuotaAmount\n      }\n    }\n  }\n"): (typeof documents)["\n  query SalesQuotaWidget($period: PeriodInput!) {\n    salesMetrics(input: { period: $period }) {\n      scope\n      quota {\n        quotaAmount\n        wonAmount\n        attainment\n        amountToClose\n        sellersQuotaAmount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SalesWinLossWidget($period: PeriodInput!) {\n    salesMetrics(input: { period: $period }) {\n      scope\n      winLoss {\n        wonCount\n        wonAmount\n        lostCount\n        lostAmount\n        winRate\n        winRateByAmount\n        lossReasons {\n          reason\n          count\n          amount\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SalesWinLossWidget($period: PeriodInput!) {\n    salesMetrics(input: { period: $period }) {\n      scope\n      winLoss {\n        wonCount\n        wonAmount\n        lostCount\n        lostAmount\n        winRate\n        winRateByAmount\n        lossReasons {\n          reason\n          count\n          amount\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SalesTrendWidget($period: PeriodInput!) {\n    salesMetrics(input: { period: $period }) {\n      scope\n      from\n      to\n      trend {\n        at\n        openAmount\n        openCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query SalesTrendWidget($period: PeriodInput!) {\n    salesMetrics(input: { period: $period }) {\n      scope\n      from\n      to\n      trend {\n        at\n        openAmount\n        openCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActivitiesDueWidget($filter: ActivityFilter!, $first: Int!) {\n    activities(filter: $filter, first: $first, orderBy: DUE) {\n      totalCount\n      edges {\n        node {\n          id\n          subject\n          dueAt\n          overdue\n          completedAt\n          canComplete\n          opportunity {\n            id\n            name\n          }\n          account {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ActivitiesDueWidget($filter: ActivityFilter!, $first: Int!) {\n    activities(filter: $filter, first: $first, orderBy: DUE) {\n      totalCount\n      edges {\n        node {\n          id\n          subject\n          dueAt\n          overdue\n          completedAt\n          canComplete\n          opportunity {\n            id\n            name\n          }\n          account {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamPerformanceWidget($period: PeriodInput!) {\n    teamPerformance(period: $period) {\n      seller {\n        id\n        name\n        role\n      }\n      wonAmount\n      wonCount\n      openAmount\n      openCount\n      weightedAmount\n      quotaAmount\n      quotaAttainment\n      byStage {\n        stage\n        amount\n        weightedAmount\n        count\n      }\n    }\n  }\n"): (typeof documents)["\n  query TeamPerformanceWidget($period: PeriodInput!) {\n    teamPerformance(period: $period) {\n      seller {\n        id\n        name\n        role\n      }\n      wonAmount\n      wonCount\n      openAmount\n      openCount\n      weightedAmount\n      quotaAmount\n      quotaAttainment\n      byStage {\n        stage\n        amount\n        weightedAmount\n        count\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamActivityWidget($period: PeriodInput!) {\n    teamActivity(period: $period) {\n      seller {\n        id\n        name\n        role\n      }\n      tasksOpen\n      tasksOverdue\n      oldestOverdueDueAt\n    }\n  }\n"): (typeof documents)["\n  query TeamActivityWidget($period: PeriodInput!) {\n    teamActivity(period: $period) {\n      seller {\n        id\n        name\n        role\n      }\n      tasksOpen\n      tasksOverdue\n      oldestOverdueDueAt\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;