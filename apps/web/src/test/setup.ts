import "@testing-library/jest-dom";
import { configure } from "@testing-library/react";
import { TextDecoder, TextEncoder } from "node:util";

// findBy/waitFor wait up to 4 s (not 1 s): lazy widget chunks compile on first use in tests.
configure({ asyncUtilTimeout: 4000 });

// jsdom leaves out what react-router needs from the platform.
Object.assign(globalThis, { TextEncoder, TextDecoder });

// jsdom has no ResizeObserver or matchMedia; the grid and MUI's color scheme ask for them.
class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver ??= ResizeObserverStub as unknown as typeof ResizeObserver;

/** jsdom pretends to be a 1366-pixel-wide laptop (light scheme, no reduced motion). */
const VIEWPORT_WIDTH = 1366;
function matchesViewport(query: string): boolean {
  const min = /min-width:\s*([\d.]+)px/.exec(query);
  const max = /max-width:\s*([\d.]+)px/.exec(query);
  if (!min && !max) return false;
  return (!min || VIEWPORT_WIDTH >= Number(min[1])) && (!max || VIEWPORT_WIDTH <= Number(max[1]));
}

window.matchMedia ??= (query: string) =>
  ({
    matches: matchesViewport(query),
    media: query,
    onchange: null,
    addListener: () => {},
    removeListener: () => {},
    addEventListener: () => {},
    removeEventListener: () => {},
    dispatchEvent: () => false,
  }) as MediaQueryList;

// jsdom lays nothing out: give elements a laptop-sized width so the dashboard grid renders as on
// that laptop (editable, not stacked).
Object.defineProperty(HTMLElement.prototype, "clientWidth", {
  configurable: true,
  get: () => 1200,
});
