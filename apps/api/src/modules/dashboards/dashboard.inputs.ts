import type { Portal, PeriodPreset } from "@prm/domain";
import { Field, InputType, Int } from "type-graphql";
import { PeriodPresetEnum } from "../../common/period";
import { PortalEnum } from "./dashboard.types";

// Layout rules live in the domain's validateDashboard, not in class-validator decorators here.

@InputType()
export class WidgetConfigInput {
  @Field(() => PeriodPresetEnum, { nullable: true, description: "Any preset but CUSTOM." })
  period?: PeriodPreset | null;

  @Field(() => Int, { nullable: true })
  limit?: number | null;
}

@InputType()
export class DashboardWidgetInput {
  @Field(() => String, { description: "Unique within the dashboard, 1–64 characters." })
  id: string;

  @Field(() => String, { description: "A WidgetDefinition id from widgetCatalog." })
  widget: string;

  @Field(() => Int)
  x: number;

  @Field(() => Int)
  y: number;

  @Field(() => Int)
  w: number;

  @Field(() => Int)
  h: number;

  @Field(() => WidgetConfigInput, { nullable: true })
  config?: WidgetConfigInput | null;
}

@InputType()
export class SaveDashboardInput {
  @Field(() => PortalEnum, { description: "Your own portal." })
  portal: Portal;

  @Field(() => [DashboardWidgetInput], { description: "The whole layout; replaces the saved one." })
  widgets: DashboardWidgetInput[];
}
