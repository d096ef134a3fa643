import { act, renderHook } from "@testing-library/react";
import { useCursorPages } from "../CursorPagination";

describe("useCursorPages", () => {
  it("goes forward by each page's end cursor, back to any visited page, and starts again for a new list", () => {
    const { result, rerender } = renderHook(({ listKey }) => useCursorPages(listKey), {
      initialProps: { listKey: "open" },
    });
    expect(result.current).toMatchObject({ page: 0, after: null });

    act(() => result.current.goTo(1, { hasNextPage: true, endCursor: "c1" }));
    act(() => result.current.goTo(2, { hasNextPage: true, endCursor: "c2" }));
    expect(result.current).toMatchObject({ page: 2, after: "c2" });

    // No end cursor (the page is still loading): nowhere to go forward.
    act(() => result.current.goTo(3, { hasNextPage: true, endCursor: null }));
    expect(result.current.page).toBe(2);

    act(() => result.current.goTo(1, undefined));
    expect(result.current).toMatchObject({ page: 1, after: "c1" });

    rerender({ listKey: "closed" });
    expect(result.current).toMatchObject({ page: 0, after: null });
  });
});
