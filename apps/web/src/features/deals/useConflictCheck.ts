import { useQuery } from "@apollo/client/react";
import { normalizeDomain } from "@prm/domain";
import { useEffect, useState } from "react";
import { CheckDealConflictsDocument } from "./documents";

export const CONFLICT_CHECK_DEBOUNCE_MS = 400;
const MIN_NAME_LENGTH = 3;

/** What a partner learns of a customer's claims: whether, how strongly, until when — not whose. */
export interface ClaimSummary {
  claimed: boolean;
  claimedUntil: string | null;
  /** Every claim is a registration waiting for a decision. */
  pending: boolean;
}

export interface ConflictCheck {
  /** Waiting for the typing to settle, or for the server. */
  checking: boolean;
  /** Null until something checkable was typed and answered. */
  result: ClaimSummary | null;
}

/**
 * Whether the customer being typed is already claimed — by another partner or a colleague —,
 * asked of the server once the typing has paused. Partners never learn by whom.
 */
export function useConflictCheck(
  customerName: string,
  customerDomain: string,
  /** The deal being edited: it never conflicts with itself. */
  excludeDealId?: string,
): ConflictCheck {
  const name = customerName.trim();
  const domain = normalizeDomain(customerDomain) ? customerDomain.trim() : "";
  const key = `${name}\n${domain}`;
  const [settled, setSettled] = useState(key);

  useEffect(() => {
    const timer = setTimeout(() => setSettled(key), CONFLICT_CHECK_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [key]);

  const [settledName = "", settledDomain = ""] = settled.split("\n");
  const checkable = settledName.length >= MIN_NAME_LENGTH || settledDomain !== "";
  const { data, previousData, loading } = useQuery(CheckDealConflictsDocument, {
    variables: {
      input: {
        customerName: settledName.length >= MIN_NAME_LENGTH ? settledName : null,
        customerDomain: settledDomain || null,
        excludeDealId: excludeDealId ?? null,
      },
    },
    skip: !checkable,
    fetchPolicy: "network-only",
  });
  const answer = (data ?? (loading ? previousData : undefined))?.checkDealConflicts;
  return {
    checking: settled !== key || (checkable && loading),
    result:
      checkable && answer
        ? {
            claimed: answer.claimed,
            claimedUntil: answer.claimedUntil ?? null,
            pending: answer.pending,
          }
        : null,
  };
}
