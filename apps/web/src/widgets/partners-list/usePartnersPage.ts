import { useQuery } from "@apollo/client/react";
import type { GridPaginationModel, GridSortModel } from "@mui/x-data-grid";
import type { WidgetPeriodPreset } from "@prm/domain";
import { useState } from "react";
import { DEFAULT_SORT, toOrderBy } from "./columns";
import { PartnersListDocument } from "./document";

export const PAGE_SIZES = [10, 25, 50, 100] as const;

/**
 * One page of the partners list, sorted and paged by the server. The API pages by cursor, so the
 * cursors of the pages before the current one are kept to step back; a new sort or page size
 * starts again at the first page.
 */
export function usePartnersPage(period: WidgetPeriodPreset) {
  const [sortModel, setSortModel] = useState<GridSortModel>(DEFAULT_SORT);
  const [pageSize, setPageSize] = useState<number>(PAGE_SIZES[0]);
  // cursors[i] is the `after` of page i; the current page is the last.
  const [cursors, setCursors] = useState<readonly (string | null)[]>([null]);
  const page = cursors.length - 1;
  const orderBy = toOrderBy(sortModel);
  const query = useQuery(PartnersListDocument, {
    variables: { period: { preset: period }, first: pageSize, after: cursors[page], orderBy },
    notifyOnNetworkStatusChange: true,
  });
  const shown = query.data ?? query.previousData;

  function changeSort(model: GridSortModel) {
    setSortModel(model.length > 0 ? model : DEFAULT_SORT);
    setCursors([null]);
  }

  function changePage(model: GridPaginationModel) {
    if (model.pageSize !== pageSize) {
      setPageSize(model.pageSize);
      setCursors([null]);
      return;
    }
    const endCursor = query.data?.partnerPerformance.pageInfo.endCursor;
    if (model.page === page + 1 && endCursor) {
      setCursors([...cursors, endCursor]);
    } else if (model.page < page) {
      setCursors(cursors.slice(0, model.page + 1));
    }
  }

  return {
    query,
    rows: shown?.partnerPerformance.edges.map((edge) => edge.node) ?? [],
    totalCount: shown?.partnerPerformance.totalCount ?? 0,
    orderBy,
    sortModel,
    paginationModel: { page, pageSize },
    changeSort,
    changePage,
  };
}
