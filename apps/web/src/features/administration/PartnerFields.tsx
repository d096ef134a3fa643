import MenuItem from "@mui/material/MenuItem";
import TextField from "@mui/material/TextField";
import { normalizeDomain, PARTNER_TIERS, type PartnerTier } from "@prm/domain";
import { TIER_LABELS } from "../../app/ui/TierChip";

export const TIER_HINTS: Readonly<Record<PartnerTier, string>> = {
  PLATINUM: "The largest partners, with the most support.",
  GOLD: "Established partners.",
  SILVER: "Growing partners.",
  REGISTERED: "New partners, at the start of the program.",
};

export type PartnerField = "name" | "domain" | "tier";

/** The partner's name, web domain and tier: onboarding and editing share them. */
export function PartnerFields({
  name,
  domain,
  tier,
  onName,
  onDomain,
  onTier,
  problems,
  autoFocus,
}: {
  name: string;
  domain: string;
  tier: PartnerTier;
  onName: (name: string) => void;
  onDomain: (domain: string) => void;
  onTier: (tier: PartnerTier) => void;
  problems: Partial<Record<PartnerField, string>>;
  autoFocus?: boolean;
}) {
  const normalized = domain.trim() ? normalizeDomain(domain) : null;
  return (
    <>
      <TextField
        label="Partner name"
        name="partnerName"
        autoComplete="off"
        value={name}
        onChange={(event) => onName(event.target.value)}
        required
        fullWidth
        autoFocus={autoFocus}
        error={Boolean(problems.name)}
        helperText={problems.name}
      />
      <TextField
        label="Web domain"
        name="domain"
        autoComplete="off"
        value={domain}
        onChange={(event) => onDomain(event.target.value)}
        required
        fullWidth
        error={Boolean(problems.domain)}
        helperText={
          problems.domain ??
          (normalized && normalized !== domain.trim()
            ? `Saved as ${normalized}.`
            : "e.g. northwind.example — one partner per domain; a website address is fine.")
        }
      />
      <TextField
        select
        label="Tier"
        name="tier"
        value={tier}
        onChange={(event) => onTier(event.target.value as PartnerTier)}
        fullWidth
        error={Boolean(problems.tier)}
        helperText={problems.tier ?? TIER_HINTS[tier]}
      >
        {PARTNER_TIERS.map((t) => (
          <MenuItem key={t} value={t}>
            {TIER_LABELS[t]}
          </MenuItem>
        ))}
      </TextField>
    </>
  );
}
