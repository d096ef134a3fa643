import { lazy, useState, type ComponentType } from "react";
import type { WidgetView, WidgetViewProps } from "./types";

type ViewModule = { default: ComponentType<WidgetViewProps> };

/**
 * A widget view that is its own chunk, fetched by `preload()` or on first draw. Once the chunk is
 * in, the view draws at once, without a loading state in between.
 */
export function lazyWidgetView(load: () => Promise<ViewModule>): WidgetView {
  let loaded: ComponentType<WidgetViewProps> | undefined;
  let loading: Promise<ViewModule> | undefined;
  const chunk = () =>
    (loading ??= load().then((module) => {
      loaded = module.default;
      return module;
    }));
  const Lazy = lazy(chunk);

  function View(props: WidgetViewProps) {
    // Chosen once per widget, so that it is never drawn anew when its code arrives.
    const [Component] = useState(() => loaded ?? Lazy);
    return <Component {...props} />;
  }

  return {
    View,
    isLoaded: () => loaded !== undefined,
    preload: () =>
      chunk().then(
        () => undefined,
        () => undefined,
      ),
  };
}
