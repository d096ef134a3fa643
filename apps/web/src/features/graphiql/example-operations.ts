import { isVendorRole, portalForRole, type Role } from "@prm/domain";

/** One saved example: a GraphiQL tab with its operation and variables. */
export interface ExampleOperation {
  query: string;
  variables?: string;
}

const ME: ExampleOperation = {
  query: `# Who am I? The signed-in user (cookie session, or the bearer token above).
query Me {
  me {
    id
    name
    email
    role
    organization {
      name
      kind
    }
  }
}
`,
};

const DEAL_STATUS_COUNTS: ExampleOperation = {
  query: `# Deal registrations in your scope, by status, for a period.
query DealStatusCounts($period: PeriodInput) {
  dealStatusCounts(period: $period) {
    status
    count
    amount
  }
}
`,
  variables: JSON.stringify({ period: { preset: "THIS_QUARTER" } }, null, 2),
};

const PARTNERS: ExampleOperation = {
  query: `# The partner organizations you look after.
query Partners($first: Int!, $search: String) {
  partners(first: $first, search: $search) {
    totalCount
    edges {
      node {
        id
        name
        tier
        channelManager {
          name
        }
      }
    }
  }
}
`,
  variables: JSON.stringify({ first: 10 }, null, 2),
};

const AWAITING_APPROVAL: ExampleOperation = {
  query: `# Deal registrations waiting for a decision, oldest first.
query AwaitingApproval($first: Int!) {
  deals(filter: { statuses: [SUBMITTED] }, first: $first, orderBy: OLDEST_SUBMITTED) {
    totalCount
    edges {
      node {
        number
        customerName
        estimatedAmount
        partner {
          name
        }
        timeInQueueHours
        overSla
      }
    }
  }
}
`,
  variables: JSON.stringify({ first: 10 }, null, 2),
};

const OPEN_PIPELINE: ExampleOperation = {
  query: `# Open opportunities in your scope, soonest expected close first, with what you may do.
query OpenPipeline($first: Int!, $after: String) {
  opportunities(filter: { open: true }, orderBy: { field: CLOSE_DATE }, first: $first, after: $after) {
    totalCount
    edges {
      node {
        name
        stage
        amount
        weightedAmount
        expectedCloseDate
        lastActivityAt
        owner {
          name
        }
        partner {
          name
        }
        allowedActions
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
`,
  variables: JSON.stringify({ first: 10 }, null, 2),
};

function myDashboard(role: Role): ExampleOperation {
  return {
    query: `# Your dashboard's widgets and the catalogue you can add from.
query MyDashboard($portal: Portal!) {
  dashboard(portal: $portal) {
    isDefault
    widgets {
      widget
      x
      y
      w
      h
      config {
        period
        limit
      }
    }
  }
  widgetCatalog {
    id
    title
  }
}
`,
    variables: JSON.stringify({ portal: portalForRole(role) }, null, 2),
  };
}

/** The example tabs GraphiQL opens with, for the signed-in role (or for nobody signed in). */
export function exampleOperationsFor(role: Role | undefined): ExampleOperation[] {
  if (!role) return [ME];
  const vendorExamples = isVendorRole(role) ? [PARTNERS, AWAITING_APPROVAL] : [];
  return [ME, ...vendorExamples, DEAL_STATUS_COUNTS, OPEN_PIPELINE, myDashboard(role)];
}
