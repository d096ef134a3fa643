import Grid from "@mui/material/Grid";
import Skeleton from "@mui/material/Skeleton";
import { useQuery } from "@apollo/client/react";
import type { Portal } from "@prm/domain";
import { errorMessage } from "../../app/graphql-errors";
import { PageHeader } from "../portal-shell/PageHeader";
import { DashboardEditor } from "./DashboardEditor";
import { DashboardPageDocument } from "./documents";
import { RetryAlert } from "../../app/layout/RetryAlert";

/** Loads the user's dashboard for the portal and the catalogue, then hands them to the editor. */
export function DashboardPage({ portal, intro }: { portal: Portal; intro: string }) {
  const { data, loading, error, refetch } = useQuery(DashboardPageDocument, {
    variables: { portal },
    notifyOnNetworkStatusChange: true,
  });

  if (data) {
    return (
      <DashboardEditor
        key={portal}
        portal={portal}
        intro={intro}
        catalog={data.widgetCatalog}
        initialWidgets={data.dashboard.widgets}
      />
    );
  }
  return (
    <>
      <PageHeader title="Dashboard" subtitle={intro} />
      {error && !loading ? (
        <RetryAlert onRetry={() => void refetch()}>
          Your dashboard could not be loaded. {errorMessage(error)}
        </RetryAlert>
      ) : (
        <DashboardSkeleton />
      )}
    </>
  );
}

function DashboardSkeleton() {
  return (
    <Grid container spacing={2} role="status" aria-label="Loading your dashboard">
      {[7, 5, 12].map((columns, index) => (
        <Grid key={index} size={{ xs: 12, md: columns }}>
          <Skeleton variant="rounded" height={300} />
        </Grid>
      ))}
    </Grid>
  );
}
