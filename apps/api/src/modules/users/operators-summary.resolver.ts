import { Ctx, Query, Resolver } from "type-graphql";
import { Requires } from "../../auth/access";
import { requireViewer } from "../../auth/viewer";
import type { Context } from "../../context";
import { OperatorsSummaryService } from "./operators-summary.service";
import { OperatorsSummary } from "./operators-summary.types";

/** The sales operations dashboard's operators widget. */
@Resolver()
export class OperatorsSummaryResolver {
  @Requires("user:manage")
  @Query(() => OperatorsSummary, {
    description:
      "Your organization's users by status: active by role, deactivated, invitations pending and expired. For whoever administers its users: a partner's sales operations (the partner roles), the vendor admin (the vendor's roles).",
  })
  operatorsSummary(@Ctx() ctx: Context): Promise<OperatorsSummary> {
    return new OperatorsSummaryService(ctx).summary(requireViewer(ctx));
  }
}
