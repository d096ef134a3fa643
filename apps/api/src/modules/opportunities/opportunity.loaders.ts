import DataLoader from "dataloader";
import { In } from "typeorm";
import { perRequest } from "../../common/per-request";
import { Opportunity } from "./opportunity.entity";
import { OpportunityType } from "./opportunity.types";

/** Each deal's opportunity (or null), batched per request; only reached from a readable deal. */
export const opportunityByDealLoader = perRequest(
  ({ db }) =>
    new DataLoader<string, OpportunityType | null>(async (dealIds) => {
      const rows = await db.getRepository(Opportunity).findBy({ dealId: In([...dealIds]) });
      const byDeal = new Map(rows.map((o) => [o.dealId, OpportunityType.from(o)]));
      return dealIds.map((id) => byDeal.get(id) ?? null);
    }),
);
