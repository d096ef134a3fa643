import type { PartnerTier } from "../gql/graphql";

/** Partners as the metric queries return them, with __typename as the server sends it. */
export function partnerRef(id: string, name: string, tier: PartnerTier | null = "GOLD") {
  return { __typename: "Organization", id, name, tier };
}

export const NORTHWIND = partnerRef("org-northwind", "Northwind Solutions", "PLATINUM");
export const FABRIKAM = partnerRef("org-fabrikam", "Fabrikam Systems", "GOLD");
export const TAILSPIN = partnerRef("org-tailspin", "Tailspin Technologies", "SILVER");

export function performanceRow(
  partner: ReturnType<typeof partnerRef>,
  figures: Partial<{
    openAmount: string;
    wonAmount: string;
    quotaAmount: string | null;
    quotaAttainment: number | null;
    winRate: number | null;
  }> = {},
) {
  return {
    __typename: "PartnerPerformance",
    partner,
    openAmount: "10000.00",
    openCount: 2,
    weightedAmount: "5000.00",
    wonAmount: "20000.00",
    wonCount: 3,
    lostAmount: "4000.00",
    lostCount: 1,
    winRate: 0.75,
    winRateByAmount: 0.8333333333333334,
    quotaAmount: "25000.00",
    quotaAttainment: 0.8,
    ...figures,
  };
}

/** One page of `partnerPerformance`, as the API answers it. */
export function performancePage(
  rows: ReturnType<typeof performanceRow>[],
  { totalCount = rows.length, hasNextPage = false, endCursor = "cursor-end" } = {},
) {
  return {
    partnerPerformance: {
      __typename: "PartnerPerformanceConnection",
      totalCount,
      pageInfo: { __typename: "PageInfo", endCursor, hasNextPage },
      edges: rows.map((node, index) => ({
        __typename: "PartnerPerformanceEdge",
        cursor: `cursor-${index}`,
        node,
      })),
    },
  };
}

function stages(amounts: [string, string, string, string]) {
  return (["QUALIFICATION", "DISCOVERY", "PROPOSAL", "NEGOTIATION"] as const).map((stage, i) => ({
    __typename: "StageAmount",
    stage,
    amount: amounts[i],
    weightedAmount: "0.00",
    count: amounts[i] === "0.00" ? 0 : 1,
  }));
}

export const LEADERBOARD = [
  { __typename: "PartnerWonRow", rank: 1, wonAmount: "612600.00", wonCount: 9, partner: NORTHWIND },
  { __typename: "PartnerWonRow", rank: 2, wonAmount: "481800.00", wonCount: 4, partner: FABRIKAM },
];

export const PIPELINE = [
  {
    __typename: "PartnerPipelineRow",
    partner: TAILSPIN,
    otherPartnerCount: 0,
    openAmount: "584800.00",
    weightedAmount: "253680.00",
    openCount: 7,
    byStage: stages(["135800.00", "193300.00", "0.00", "255700.00"]),
  },
];

export const WIN_LOSS = [
  {
    __typename: "PartnerWinLossRow",
    partner: NORTHWIND,
    otherPartnerCount: 0,
    wonCount: 9,
    wonAmount: "612600.00",
    lostCount: 4,
    lostAmount: "180700.00",
    winRate: 0.6923,
    winRateByAmount: 0.7722,
  },
];
