import { graphql } from "../../gql";

export const TerritoryNodeFragment = graphql(`
  fragment TerritoryNode on Territory {
    id
    name
    parentId
    path
    openPipeline
    openOpportunityCount
    dealCount
    users {
      id
      name
      email
      role
      active
    }
  }
`);

export const TerritoriesPageDocument = graphql(`
  query TerritoriesPage {
    territories {
      ...TerritoryNode
    }
  }
`);

export const AssignableUsersDocument = graphql(`
  query AssignableUsers($search: String) {
    users(filter: { active: true, search: $search }, first: 100) {
      edges {
        node {
          id
          name
          email
          role
          active
        }
      }
    }
  }
`);

export const CreateTerritoryDocument = graphql(`
  mutation CreateTerritory($input: CreateTerritoryInput!) {
    createTerritory(input: $input) {
      ...TerritoryNode
    }
  }
`);

export const UpdateTerritoryDocument = graphql(`
  mutation UpdateTerritory($input: UpdateTerritoryInput!) {
    updateTerritory(input: $input) {
      ...TerritoryNode
    }
  }
`);

export const DeleteTerritoryDocument = graphql(`
  mutation DeleteTerritory($id: ID!) {
    deleteTerritory(id: $id)
  }
`);

export const SetTerritoryUsersDocument = graphql(`
  mutation SetTerritoryUsers($input: SetTerritoryUsersInput!) {
    setTerritoryUsers(input: $input) {
      ...TerritoryNode
    }
  }
`);
