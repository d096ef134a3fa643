import { useEffect, useState } from "react";
import { useLocation, useNavigate } from "react-router";

/** A flash message carried to the next page in the router state (after an action). */
export interface FlashState {
  flash?: { severity: "success" | "info" | "warning"; message: string };
}

/**
 * The flash message the previous page left in the router state, read once: the state is cleared
 * so that a reload or a later visit does not show it again.
 */
export function useFlash() {
  const location = useLocation();
  const navigate = useNavigate();
  const carried = (location.state as FlashState | null)?.flash;
  const [flash, setFlash] = useState(carried);
  // A newly carried message replaces the shown one (adjusted while rendering, not in an effect).
  const [lastCarried, setLastCarried] = useState(carried);
  if (carried && carried !== lastCarried) {
    setLastCarried(carried);
    setFlash(carried);
  }
  useEffect(() => {
    if (carried) {
      void navigate(`${location.pathname}${location.search}`, { replace: true, state: null });
    }
  }, [carried, location.pathname, location.search, navigate]);
  return [flash, setFlash] as const;
}
