import type {
  ActivityType,
  LossReason,
  OpenStage,
  OpportunityStage,
  PartnerTier,
} from "@prm/domain";

/**
 * Words and proportions both datasets draw from. Proportions are relative weights, not percents.
 * Nothing here is user input: the SQL generators inline these lists as literals.
 */

export const VENDOR = {
  name: "Acme Cloud",
  website: "https://acme.example",
  country: "United States",
};

/** Acme Cloud's price list, as partners register it on deals. */
export const PRODUCTS = [
  "Acme Compute",
  "Acme Object Storage",
  "Acme Managed Postgres",
  "Acme Kubernetes",
  "Acme Analytics",
  "Acme Security Suite",
  "Acme Backup",
  "Acme CDN",
  "Acme AI Studio",
  "Acme Premium Support",
] as const;

export const INDUSTRIES = [
  "Manufacturing",
  "Retail",
  "Financial Services",
  "Healthcare",
  "Public Sector",
  "Education",
  "Media",
  "Logistics",
  "Energy",
  "Telecommunications",
  "Software",
  "Hospitality",
] as const;

/** Partner territories nest region → country; every region lists at least three countries. */
export const TERRITORY_TREE: readonly { region: string; countries: readonly string[] }[] = [
  { region: "North America", countries: ["United States", "Canada", "Mexico"] },
  {
    region: "EMEA",
    countries: ["United Kingdom", "Germany", "France", "Netherlands", "Sweden"],
  },
  { region: "APAC", countries: ["Australia", "Japan", "Singapore", "India"] },
  { region: "LATAM", countries: ["Brazil", "Argentina", "Chile", "Colombia"] },
];

export const JOB_TITLES = [
  "Chief Information Officer",
  "Chief Technology Officer",
  "VP of Engineering",
  "Head of IT",
  "IT Director",
  "Procurement Manager",
  "Platform Engineering Lead",
  "Data Engineering Manager",
  "Security Architect",
  "Finance Director",
  "Operations Manager",
  "Enterprise Architect",
] as const;

/** Tiers of the large dataset's partners (the demo names its twelve partners' tiers itself). */
export const TIER_MIX: Readonly<Record<PartnerTier, number>> = {
  PLATINUM: 5,
  GOLD: 20,
  SILVER: 35,
  REGISTERED: 40,
};

/** How much business a partner of each tier brings, relative to a registered partner. */
export const TIER_VOLUME: Readonly<Record<PartnerTier, number>> = {
  PLATINUM: 4,
  GOLD: 3,
  SILVER: 2,
  REGISTERED: 1,
};

/**
 * Where deal registrations end up. APPROVED also covers registrations whose protection lapsed
 * later: those become EXPIRED unless their opportunity was won.
 */
export const DEAL_OUTCOME_MIX = {
  DRAFT: 7,
  SUBMITTED: 8,
  RETURNED: 5,
  REJECTED: 8,
  WITHDRAWN: 5,
  APPROVED: 67,
} as const;

export const STAGE_MIX: Readonly<Record<OpportunityStage, number>> = {
  QUALIFICATION: 12,
  DISCOVERY: 12,
  PROPOSAL: 11,
  NEGOTIATION: 10,
  CLOSED_WON: 30,
  CLOSED_LOST: 25,
};

/** Stages an opportunity lingers in after its registration expired. */
export const STALE_STAGE_MIX: Readonly<Partial<Record<OpenStage, number>>> = {
  QUALIFICATION: 3,
  DISCOVERY: 2,
  PROPOSAL: 1,
};

export const ACTIVITY_MIX: Readonly<Record<ActivityType, number>> = {
  CALL: 25,
  EMAIL: 35,
  MEETING: 15,
  NOTE: 10,
  TASK: 15,
};

/** Activity subjects per type; "{contact}" is replaced with the contact's name. */
export const ACTIVITY_SUBJECTS: Readonly<Record<ActivityType, readonly string[]>> = {
  CALL: [
    "Discovery call with {contact}",
    "Pricing call with {contact}",
    "Check-in call with {contact}",
    "Technical deep dive with {contact}",
  ],
  EMAIL: [
    "Sent proposal to {contact}",
    "Shared reference architecture with {contact}",
    "Followed up with {contact} on security questionnaire",
    "Sent trial credentials to {contact}",
    "Answered licensing questions from {contact}",
  ],
  MEETING: [
    "Onsite workshop with {contact}",
    "Product demo for {contact}'s team",
    "Executive briefing with {contact}",
    "Architecture review with {contact}",
  ],
  NOTE: [
    "Notes from conversation with {contact}",
    "Budget confirmed by {contact}",
    "{contact} is evaluating a competitor",
    "Decision expected from {contact} next month",
  ],
  TASK: [
    "Send revised quote to {contact}",
    "Schedule proof of concept with {contact}",
    "Prepare business case for {contact}",
    "Follow up with {contact}",
  ],
};

export const NOTE_BODIES = [
  "Current contract with the incumbent renews in two quarters.",
  "Security review is the main hurdle; legal is already involved.",
  "Strong interest in the managed database offering.",
  "Wants a phased rollout, starting with one business unit.",
  "Procurement asked for a three-year price.",
] as const;

export const DEAL_DESCRIPTIONS = [
  "Migration of on-premise workloads to Acme Cloud.",
  "New analytics platform for the finance department.",
  "Disaster recovery for the customer's primary data center.",
  "Consolidation of three regional hosting contracts.",
  "Greenfield Kubernetes platform for a product launch.",
  "Replacement of a legacy backup solution.",
  "Expansion of an existing departmental deployment company-wide.",
] as const;

export const APPROVAL_NOTES = [
  "Approved: strong fit and a clear timeline.",
  "Approved; please loop in the regional solutions architect.",
  "Approved. Keep the opportunity updated weekly.",
] as const;

export const RETURN_REASONS = [
  "Please add the customer's decision maker as the contact.",
  "The estimated amount looks low for this scope; please revise.",
  "Please describe the use case in more detail.",
  "Products of interest are missing.",
] as const;

export const REJECT_REASONS = [
  "The customer is a named account covered by our direct sales team.",
  "Duplicate of an existing registration by the same partner.",
  "The customer is outside the partner's authorized territory.",
  "Not enough evidence of an active buying process.",
] as const;

/** Losses as sellers record them: a reason from the domain's fixed list and their own words. */
export const LOSSES: readonly { reason: LossReason; note: string }[] = [
  { reason: "PRICE", note: "Lost to a competitor on price" },
  { reason: "NO_BUDGET", note: "No budget this fiscal year" },
  { reason: "OTHER", note: "Project cancelled" },
  { reason: "COMPETITOR", note: "Customer stayed with the incumbent" },
  { reason: "NO_DECISION", note: "No decision" },
  { reason: "TIMING", note: "Pushed to next year" },
];
