import { useQuery } from "@apollo/client/react";
import NotificationsNoneOutlined from "@mui/icons-material/NotificationsNoneOutlined";
import Badge from "@mui/material/Badge";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Divider from "@mui/material/Divider";
import IconButton from "@mui/material/IconButton";
import Menu from "@mui/material/Menu";
import MenuItem from "@mui/material/MenuItem";
import Tooltip from "@mui/material/Tooltip";
import Typography from "@mui/material/Typography";
import { useEffect, useState } from "react";
import { useNavigate } from "react-router";
import { formatDateTime, relativeTime } from "../../app/format/dates";
import { usePortalBase } from "../../app/routing/record-paths";
import { NotificationsBellDocument } from "./documents";
import { useMarkNotificationsRead } from "./mutations";
import { notificationIcon, notificationPath } from "./notification-targets";
import { VISUALLY_HIDDEN } from "../../app/ui/visually-hidden";

export const NOTIFICATIONS_POLL_MS = 30_000;
const SHOWN = 10;

/** The app bar's bell: unread count, the latest notifications, and a way to what each is about. */
export function NotificationsBell() {
  const navigate = useNavigate();
  const portalBase = usePortalBase();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const { data, refetch } = useQuery(NotificationsBellDocument, {
    variables: { first: SHOWN },
    pollInterval: NOTIFICATIONS_POLL_MS,
    notifyOnNetworkStatusChange: false,
  });
  const [markRead] = useMarkNotificationsRead();

  // Coming back to the tab shows what happened meanwhile, without waiting for the next poll.
  useEffect(() => {
    const onFocus = () => void refetch().catch(() => undefined);
    window.addEventListener("focus", onFocus);
    return () => window.removeEventListener("focus", onFocus);
  }, [refetch]);

  const unread = data?.unreadNotificationCount ?? 0;
  const notifications = data?.notifications.edges.map((edge) => edge.node) ?? [];
  const label = unread > 0 ? `Notifications, ${unread} unread` : "Notifications";

  return (
    <>
      <Tooltip title="Notifications">
        <IconButton
          color="inherit"
          aria-label={label}
          aria-haspopup="menu"
          aria-expanded={anchor ? "true" : undefined}
          onClick={(event) => {
            setAnchor(event.currentTarget);
            void refetch().catch(() => undefined);
          }}
        >
          {/* No badge at all when nothing is unread: a hidden "0" would still be text. */}
          {unread > 0 ? (
            <Badge
              badgeContent={unread}
              max={99}
              // error.dark keeps white digits readable (AA) in both color schemes.
              sx={{ "& .MuiBadge-badge": { bgcolor: "error.dark", color: "common.white" } }}
            >
              <NotificationsNoneOutlined />
            </Badge>
          ) : (
            <NotificationsNoneOutlined />
          )}
        </IconButton>
      </Tooltip>
      <Menu
        anchorEl={anchor}
        open={Boolean(anchor)}
        onClose={() => setAnchor(null)}
        anchorOrigin={{ vertical: "bottom", horizontal: "right" }}
        transformOrigin={{ vertical: "top", horizontal: "right" }}
        slotProps={{
          paper: { sx: { width: 380, maxWidth: "calc(100vw - 32px)" } },
          list: { "aria-label": "Notifications" },
        }}
      >
        <Box
          sx={{
            px: 2,
            py: 1,
            display: "flex",
            alignItems: "center",
            justifyContent: "space-between",
            gap: 1,
          }}
        >
          <Typography sx={{ fontWeight: 600 }}>Notifications</Typography>
          <Button
            size="small"
            disabled={unread === 0}
            onClick={() => void markRead({ variables: { input: { all: true } } })}
          >
            Mark all read
          </Button>
        </Box>
        <Divider />
        {notifications.length === 0 ? (
          <Box sx={{ px: 2, py: 3, textAlign: "center" }}>
            <Typography sx={{ fontWeight: 600 }}>You are all caught up</Typography>
            <Typography variant="body2" color="text.secondary">
              Decisions on deals, work handed to you and changes to your partners show up here.
            </Typography>
          </Box>
        ) : (
          notifications.map((notification) => {
            const isUnread = !notification.readAt;
            return (
              <MenuItem
                key={notification.id}
                onClick={() => {
                  setAnchor(null);
                  if (isUnread) {
                    void markRead({ variables: { input: { ids: [notification.id] } } });
                  }
                  const path = notificationPath(notification, portalBase);
                  if (path) navigate(path);
                }}
                sx={{ alignItems: "flex-start", gap: 1.5, py: 1.25, whiteSpace: "normal" }}
              >
                <Box
                  aria-hidden
                  sx={{
                    mt: 0.9,
                    width: 8,
                    height: 8,
                    borderRadius: "50%",
                    flexShrink: 0,
                    bgcolor: isUnread ? "primary.main" : "transparent",
                  }}
                />
                <Box aria-hidden sx={{ display: "flex", mt: 0.25, flexShrink: 0 }}>
                  {notificationIcon(notification)}
                </Box>
                <Box sx={{ minWidth: 0 }}>
                  <Typography variant="body2" sx={{ fontWeight: isUnread ? 600 : 400 }}>
                    {isUnread && (
                      <Box component="span" sx={VISUALLY_HIDDEN}>
                        Unread:{" "}
                      </Box>
                    )}
                    {notification.title}
                  </Typography>
                  {notification.body && (
                    <Typography variant="body2" color="text.secondary">
                      {notification.body}
                    </Typography>
                  )}
                  <Typography
                    variant="caption"
                    color="text.secondary"
                    title={formatDateTime(notification.createdAt)}
                  >
                    {relativeTime(notification.createdAt)}
                  </Typography>
                </Box>
              </MenuItem>
            );
          })
        )}
      </Menu>
    </>
  );
}
