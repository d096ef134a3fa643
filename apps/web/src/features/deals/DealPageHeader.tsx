import Box from "@mui/material/Box";
import type { DealStatus } from "@prm/domain";
import type { ReactNode } from "react";
import { BackButton } from "../../app/layout/BackButton";
import { PageHeader } from "../../app/layout/PageHeader";
import { useDealsPath } from "../../app/routing/section-paths";
import { DealStatusChip } from "../../app/ui/DealStatusChip";

/**
 * The top of a deal's page: the way back to the deals section (`sectionLabel`), the deal's number
 * and customer, its status followed by `details`, and the page's actions.
 */
export function DealPageHeader({
  deal,
  sectionLabel,
  details,
  actions,
}: {
  deal: { number: string; customerName: string; status: DealStatus };
  sectionLabel: string;
  details: ReactNode;
  actions: ReactNode;
}) {
  const dealsPath = useDealsPath();
  return (
    <>
      <BackButton to={dealsPath}>{sectionLabel}</BackButton>
      <PageHeader
        title={`${deal.number} · ${deal.customerName}`}
        subtitle={
          <Box
            component="span"
            sx={{ display: "inline-flex", alignItems: "center", gap: 1, flexWrap: "wrap" }}
          >
            <DealStatusChip status={deal.status} />
            {details}
          </Box>
        }
        actions={actions}
      />
    </>
  );
}
