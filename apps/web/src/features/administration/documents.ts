import { graphql } from "../../gql";

export const AdminPartnerRowFragment = graphql(`
  fragment AdminPartnerRow on Organization {
    id
    name
    domain
    tier
    active
    channelManager {
      id
      name
      email
    }
  }
`);

export const PartnersAdministrationDocument = graphql(`
  query PartnersAdministration(
    $search: String
    $tier: PartnerTier
    $active: Boolean
    $channelManagerId: ID
    $first: Int!
    $after: String
  ) {
    partners(
      search: $search
      tier: $tier
      active: $active
      channelManagerId: $channelManagerId
      first: $first
      after: $after
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...AdminPartnerRow
        }
      }
    }
  }
`);

/** The vendor's active channel managers, each with how many partners they manage. */
export const ChannelManagersDocument = graphql(`
  query ChannelManagers {
    users(filter: { role: CHANNEL_MANAGER, active: true }, first: 100) {
      edges {
        node {
          id
          name
          email
          workload {
            assignedPartners
          }
        }
      }
    }
  }
`);

/** A partner's sales operations people, whose invitation the vendor admin may renew. */
export const PartnerSalesOpsDocument = graphql(`
  query PartnerSalesOps($organizationId: ID!) {
    users(filter: { organizationId: $organizationId, role: PARTNER_SALES_OPS }, first: 20) {
      edges {
        node {
          id
          name
          email
          active
          lastSignInAt
          pendingInvitation {
            sentAt
            expiresAt
            expired
          }
        }
      }
    }
  }
`);

export const OnboardPartnerDocument = graphql(`
  mutation OnboardPartner($input: OnboardPartnerInput!) {
    onboardPartner(input: $input) {
      invitationUrl
      expiresAt
      partner {
        ...AdminPartnerRow
      }
      salesOps {
        id
        name
        email
      }
    }
  }
`);

export const UpdatePartnerDocument = graphql(`
  mutation UpdatePartner($input: UpdatePartnerInput!) {
    updatePartner(input: $input) {
      ...AdminPartnerRow
    }
  }
`);

export const AssignChannelManagerDocument = graphql(`
  mutation AssignChannelManager($input: AssignChannelManagerInput!) {
    assignChannelManager(input: $input) {
      ...AdminPartnerRow
    }
  }
`);

export const DeactivatePartnerDocument = graphql(`
  mutation DeactivatePartner($id: ID!) {
    deactivatePartner(id: $id) {
      ...AdminPartnerRow
    }
  }
`);

export const ReactivatePartnerDocument = graphql(`
  mutation ReactivatePartner($id: ID!) {
    reactivatePartner(id: $id) {
      ...AdminPartnerRow
    }
  }
`);

export const RenewPartnerInvitationDocument = graphql(`
  mutation RenewPartnerInvitation($userId: ID!) {
    renewInvitation(userId: $userId) {
      invitationUrl
      expiresAt
      user {
        id
        pendingInvitation {
          sentAt
          expiresAt
          expired
        }
      }
    }
  }
`);
