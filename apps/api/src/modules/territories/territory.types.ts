import { Field, ID, ObjectType } from "type-graphql";

@ObjectType("Territory", { description: "A partner organization's sales territory." })
export class TerritoryType {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  name: string;

  /** Set by the territories query; resolved by TerritoryResolver when following a reference. */
  parentId?: string | null;

  /** Set by the territories query; resolved by TerritoryResolver when following a reference. */
  path?: string;

  /** Set by the territories query; resolved by TerritoryResolver when following a reference. */
  mine?: boolean;
}
