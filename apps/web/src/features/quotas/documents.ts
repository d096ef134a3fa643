import { graphql } from "../../gql";

export const QuotaRowFragment = graphql(`
  fragment QuotaRow on Quota {
    id
    targetKind
    periodKind
    periodStart
    periodEnd
    periodLabel
    amount
    wonAmount
    attainment
    canEdit
    updatedAt
    seller {
      id
      name
    }
    setBy {
      id
      name
    }
  }
`);

export const QuotasDocument = graphql(`
  query Quotas($filter: QuotaFilter, $first: Int!) {
    quotas(filter: $filter, first: $first) {
      totalCount
      edges {
        node {
          ...QuotaRow
        }
      }
    }
  }
`);

export const QuotaSellersDocument = graphql(`
  query QuotaSellers {
    users(filter: { role: PARTNER_SELLER, active: true }, first: 100) {
      totalCount
      edges {
        node {
          id
          name
          email
        }
      }
    }
  }
`);

export const SetQuotaDocument = graphql(`
  mutation SetQuota($input: SetQuotaInput!) {
    setQuota(input: $input) {
      ...QuotaRow
    }
  }
`);

export const DeleteQuotaDocument = graphql(`
  mutation DeleteQuota($id: ID!) {
    deleteQuota(id: $id)
  }
`);
