import { graphql } from "../../gql";

export const DashboardWidgetFieldsFragment = graphql(`
  fragment DashboardWidgetFields on DashboardWidget {
    id
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
`);

export const DashboardFieldsFragment = graphql(`
  fragment DashboardFields on Dashboard {
    portal
    isDefault
    updatedAt
    widgets {
      ...DashboardWidgetFields
    }
  }
`);

export const DashboardPageDocument = graphql(`
  query DashboardPage($portal: Portal!) {
    widgetCatalog {
      id
      title
      description
      defaultSize {
        w
        h
      }
      minSize {
        w
        h
      }
      maxSize {
        w
        h
      }
      options {
        period
        limit
      }
      defaultConfig {
        period
        limit
      }
    }
    dashboard(portal: $portal) {
      ...DashboardFields
    }
  }
`);

export const SaveDashboardDocument = graphql(`
  mutation SaveDashboard($input: SaveDashboardInput!) {
    saveDashboard(input: $input) {
      ...DashboardFields
    }
  }
`);

export const ResetDashboardDocument = graphql(`
  mutation ResetDashboard($portal: Portal!) {
    resetDashboard(portal: $portal) {
      ...DashboardFields
    }
  }
`);
