import { Requires } from "../../auth/access";
import { Arg, Args, Ctx, Int, Mutation, Query, Resolver } from "type-graphql";
import { requireViewer } from "../../auth/viewer";
import type { Connection } from "../../common/pagination";
import type { Context } from "../../context";
import { NotificationService } from "./notification.service";
import {
  MarkNotificationsReadInput,
  NotificationConnection,
  NotificationsArgs,
  type NotificationType,
} from "./notification.types";

@Resolver()
export class NotificationResolver {
  @Requires("notification:read")
  @Query(() => NotificationConnection, { description: "Your notifications, newest first." })
  notifications(
    @Args(() => NotificationsArgs) args: NotificationsArgs,
    @Ctx() ctx: Context,
  ): Promise<Connection<NotificationType>> {
    return new NotificationService(ctx).list(requireViewer(ctx), args);
  }

  @Requires("notification:read")
  @Query(() => Int, { description: "How many of your notifications are unread." })
  unreadNotificationCount(@Ctx() ctx: Context): Promise<number> {
    return new NotificationService(ctx).unreadCount(requireViewer(ctx));
  }

  @Requires("notification:read")
  @Mutation(() => Int, {
    description: "Marks your notifications read (the given ids, or all); returns how many changed.",
  })
  markNotificationsRead(
    @Arg("input", () => MarkNotificationsReadInput) input: MarkNotificationsReadInput,
    @Ctx() ctx: Context,
  ): Promise<number> {
    return new NotificationService(ctx).markRead(requireViewer(ctx), input);
  }
}
