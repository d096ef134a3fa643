import TablePagination from "@mui/material/TablePagination";
import { useState } from "react";

interface PageInfo {
  hasNextPage: boolean;
  endCursor?: string | null;
}

export interface CursorPages {
  /** Zero-based index of the page shown. */
  page: number;
  /** The `after` argument that fetches it. */
  after: string | null;
  /** Goes to page `next` (one forward from `pageInfo`, or any page already visited back). */
  goTo: (next: number, pageInfo: PageInfo | undefined) => void;
}

/**
 * Forward-only keyset paging for one list: the cursor each visited page started after. A new
 * `listKey` (another filter, search or order) starts again from the first page.
 */
export function useCursorPages(listKey: string): CursorPages {
  const [paging, setPaging] = useState<{ listKey: string; cursors: (string | null)[] }>({
    listKey,
    cursors: [null],
  });
  const cursors = paging.listKey === listKey ? paging.cursors : [null];
  const page = cursors.length - 1;
  return {
    page,
    after: cursors[page] ?? null,
    goTo(next, pageInfo) {
      if (next > page && pageInfo?.endCursor) {
        setPaging({ listKey, cursors: [...cursors, pageInfo.endCursor] });
      } else if (next < page) {
        setPaging({ listKey, cursors: cursors.slice(0, next + 1) });
      }
    },
  };
}

/** The table footer for a list paged by `useCursorPages`: "1–25 of 80" and previous / next. */
export function CursorPagination({
  pages,
  pageInfo,
  totalCount,
  pageSize,
  loading,
}: {
  pages: CursorPages;
  pageInfo: PageInfo | undefined;
  totalCount: number;
  pageSize: number;
  loading: boolean;
}) {
  return (
    <TablePagination
      component="div"
      count={totalCount}
      page={pages.page}
      rowsPerPage={pageSize}
      rowsPerPageOptions={[pageSize]}
      onPageChange={(_, next) => pages.goTo(next, pageInfo)}
      slotProps={{
        actions: { nextButton: { disabled: !pageInfo?.hasNextPage || loading } },
      }}
    />
  );
}
