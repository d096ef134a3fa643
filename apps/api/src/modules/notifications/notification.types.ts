import { ArrayMaxSize, IsOptional, IsUUID } from "class-validator";
import { ArgsType, Field, ID, InputType, ObjectType } from "type-graphql";
import { ConnectionType, PageArgs } from "../../common/pagination";

@ObjectType("Notification", { description: "An in-app notification for you." })
export class NotificationType {
  @Field(() => ID)
  id: string;

  @Field(() => String, { description: 'What happened, e.g. "DEAL_APPROVED".' })
  type: string;

  @Field(() => String)
  title: string;

  @Field(() => String, { nullable: true })
  body: string | null;

  @Field(() => String, { nullable: true, description: 'What it is about, e.g. "deal".' })
  entityType: string | null;

  @Field(() => ID, { nullable: true })
  entityId: string | null;

  @Field(() => Date, { nullable: true })
  readAt: Date | null;

  @Field(() => Date)
  createdAt: Date;
}

export const NotificationConnection = ConnectionType(NotificationType, "Notification");

@ArgsType()
export class NotificationsArgs extends PageArgs {
  @Field(() => Boolean, { defaultValue: false })
  unreadOnly: boolean;
}

@InputType()
export class MarkNotificationsReadInput {
  @Field(() => [ID], { nullable: true, description: "These notifications of yours." })
  @IsOptional()
  @ArrayMaxSize(500, { message: "Mark at most 500 notifications at once (or use all)." })
  @IsUUID("all", { each: true, message: "ids must be notification ids." })
  ids?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: "All of your unread notifications." })
  all?: boolean | null;
}
