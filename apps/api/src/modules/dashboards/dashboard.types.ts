import { PORTALS, type Portal, type WidgetPeriodPreset } from "@prm/domain";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { PeriodPresetEnum } from "../../common/period";
import { graphqlEnum } from "../../common/graphql-enum";

export const PortalEnum = graphqlEnum(PORTALS, "Portal", {
  description: "One portal per role, named after it.",
});

@ObjectType()
export class WidgetSize {
  @Field(() => Int, { description: "Grid columns (the grid has 12)." })
  w: number;

  @Field(() => Int, { description: "Grid rows." })
  h: number;
}

@ObjectType({ description: "The settings a user may change on a placed widget." })
export class WidgetOptions {
  @Field(() => Boolean)
  period: boolean;

  @Field(() => Boolean)
  limit: boolean;
}

@ObjectType()
export class WidgetConfig {
  @Field(() => PeriodPresetEnum, {
    nullable: true,
    description: "The period the widget shows (never CUSTOM).",
  })
  period?: WidgetPeriodPreset | null;

  @Field(() => Int, { nullable: true, description: "How many rows a list widget shows." })
  limit?: number | null;
}

@ObjectType({ description: "A widget the viewer may place on their dashboard." })
export class WidgetDefinition {
  @Field(() => String)
  id: string;

  @Field(() => String)
  title: string;

  @Field(() => String)
  description: string;

  @Field(() => WidgetSize)
  defaultSize: WidgetSize;

  @Field(() => WidgetSize)
  minSize: WidgetSize;

  @Field(() => WidgetSize)
  maxSize: WidgetSize;

  @Field(() => WidgetOptions)
  options: WidgetOptions;

  @Field(() => WidgetConfig)
  defaultConfig: WidgetConfig;
}

@ObjectType({ description: "A widget placed on a dashboard grid." })
export class DashboardWidget {
  @Field(() => ID, { description: "Tells placements apart, also two of the same widget." })
  id: string;

  @Field(() => String, { description: "The WidgetDefinition id." })
  widget: string;

  @Field(() => Int)
  x: number;

  @Field(() => Int)
  y: number;

  @Field(() => Int)
  w: number;

  @Field(() => Int)
  h: number;

  @Field(() => WidgetConfig)
  config: WidgetConfig;
}

@ObjectType({ description: "The viewer's own dashboard for one portal." })
export class Dashboard {
  @Field(() => PortalEnum)
  portal: Portal;

  @Field(() => Boolean, {
    description: "True when this is the role's default: nothing saved, or reset.",
  })
  isDefault: boolean;

  @Field(() => Date, { nullable: true, description: "When the layout was last saved." })
  updatedAt: Date | null;

  @Field(() => [DashboardWidget])
  widgets: DashboardWidget[];
}
