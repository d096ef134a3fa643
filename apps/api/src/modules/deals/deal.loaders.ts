import DataLoader from "dataloader";
import { requireViewer, type Viewer } from "../../auth/viewer";
import { perRequest, type RequestScope } from "../../common/per-request";
import type { RequestTransaction } from "../../database/principal";
import { findConflictsOfDeals } from "./deal-conflicts";
import { loadDealHistory } from "./deal-history";
import { loadDealsByIds } from "./deal.rows";

/** Per-request batch loaders that follow a reference to a deal the viewer may already read. */
export const dealLoaders = perRequest(
  ({
    db,
    viewer,
    transaction,
  }: RequestScope & { viewer: Viewer | null; transaction: RequestTransaction }) => ({
    byId: new DataLoader((ids: readonly string[]) => loadDealsByIds(db, ids)),
    history: new DataLoader((ids: readonly string[]) => loadDealHistory(db, ids)),
    /** Other claims on each deal's customer, as the viewer may see them (the vendor side only). */
    conflicts: new DataLoader((ids: readonly string[]) =>
      findConflictsOfDeals(transaction, requireViewer({ viewer }), ids),
    ),
  }),
);
