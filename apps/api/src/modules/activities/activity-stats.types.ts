import { ACTIVITY_FIGURES } from "@prm/domain";
import { Field, Int, ObjectType } from "type-graphql";
import { UserType } from "../users/user.types";

const described = (name: keyof typeof ACTIVITY_FIGURES) => ({
  description: `${ACTIVITY_FIGURES[name].description}.`,
});

@ObjectType({
  description:
    "One person's activity figures (ACTIVITY_FIGURES): what they logged and completed in a period, and their open and overdue tasks now.",
})
export class SellerActivity {
  @Field(() => UserType)
  seller: UserType;

  @Field(() => Int, described("calls"))
  calls: number;

  @Field(() => Int, described("emails"))
  emails: number;

  @Field(() => Int, described("meetings"))
  meetings: number;

  @Field(() => Int, described("notes"))
  notes: number;

  @Field(() => Int, described("tasksCompleted"))
  tasksCompleted: number;

  @Field(() => Int, described("tasksOpen"))
  tasksOpen: number;

  @Field(() => Int, described("tasksOverdue"))
  tasksOverdue: number;

  @Field(() => Date, { nullable: true, ...described("oldestOverdueDueAt") })
  oldestOverdueDueAt: Date | null;
}
