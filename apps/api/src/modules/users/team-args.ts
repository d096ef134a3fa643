import { overseesPartners } from "@prm/domain";
import { IsOptional, IsUUID } from "class-validator";
import { ArgsType, Field, ID } from "type-graphql";
import type { Viewer } from "../../auth/viewer";
import { badInput } from "../../common/errors";
import { PeriodInput } from "../../common/period";

/** The arguments of a per-person team figure (teamPerformance, teamActivity). */
@ArgsType()
export class TeamArgs {
  @Field(() => PeriodInput)
  period: PeriodInput;

  @Field(() => ID, {
    nullable: true,
    description:
      "Vendor side: required, a partner you oversee (another gives an empty list). Partner roles: omit it.",
  })
  @IsOptional()
  @IsUUID("all", { message: "That is not a partner id; pick the partner from your list." })
  partnerId?: string | null;
}

/** The vendor side sees many partners' teams, so it must name one; partner roles have theirs. */
export function requireTeamPartner(viewer: Viewer, partnerId: string | null): void {
  if (overseesPartners(viewer.role) && !partnerId) {
    throw badInput("partnerId", "Choose the partner whose team to show.");
  }
}
