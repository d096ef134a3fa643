import { Field, ID, ObjectType } from "type-graphql";

@ObjectType("Territory", { description: "A partner organization's sales territory." })
export class TerritoryType {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  name: string;

  @Field(() => ID, { nullable: true })
  parentId: string | null;

  @Field(() => String, { description: 'From the root down, e.g. "EMEA › Germany".' })
  path: string;

  @Field(() => Boolean, { description: "Whether the viewer is assigned to it." })
  mine: boolean;
}
