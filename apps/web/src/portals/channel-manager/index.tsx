import { PortalApp } from "../../features/portal-shell/PortalApp";
import type { PortalDefinition } from "../../features/portal-shell/portal-definition";
import { PartnersPage } from "../../features/partners/PartnersPage";

export const channelManagerPortal: PortalDefinition = {
  portal: "CHANNEL_MANAGER",
  dashboardIntro: "Your partners' registrations, pipeline and performance.",
  sections: [
    { id: "dashboard" },
    {
      id: "deals",
      label: "Approvals",
      upcoming: {
        title: "Deal registration approvals",
        description: "Decide on your partners' deal registrations, oldest first.",
        features: [
          "The queue of submitted registrations with time in queue and SLA flags",
          "Conflicting registrations and opportunities for the same customer",
          "Approve, return or reject with a note; extend protection",
        ],
      },
    },
    {
      id: "opportunities",
      upcoming: {
        title: "Partner opportunities",
        description: "Every opportunity your partners work, by stage and close date.",
        features: ["Filter by partner, stage and period", "Stage history and win/loss reasons"],
      },
    },
    { id: "partners", page: PartnersPage },
  ],
};

export default function ChannelManagerPortal() {
  return <PortalApp definition={channelManagerPortal} />;
}
