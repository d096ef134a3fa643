import type { DealStatus } from "@prm/domain";
import { IsOptional, IsUUID, ValidateNested } from "class-validator";
import { ArgsType, Field, ID, InputType } from "type-graphql";
import { PageArgs } from "../../common/pagination";
import { DealOrderEnum, DealStatusEnum, type DealOrder } from "./deal.types";

@InputType()
export class DealFilter {
  @Field(() => [DealStatusEnum], {
    nullable: true,
    description: "Only deals in these statuses; all statuses when absent or empty.",
  })
  statuses?: DealStatus[] | null;

  @Field(() => ID, { nullable: true, description: "Only this partner organization's deals." })
  @IsOptional()
  @IsUUID("all", { message: "partnerId must be a partner organization's id." })
  partnerId?: string | null;
}

@ArgsType()
export class DealsArgs extends PageArgs {
  @Field(() => DealFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: DealFilter | null;

  @Field(() => DealOrderEnum, { defaultValue: "NEWEST" })
  orderBy: DealOrder;
}
