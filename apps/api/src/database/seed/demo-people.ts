import { normalizeDomain, type PartnerRole, type PartnerTier, type Role } from "@prm/domain";
import type { Organization } from "../../modules/organizations/organization.entity";
import type { Territory } from "../../modules/territories/territory.entity";
import type { User } from "../../modules/users/user.entity";
import { DEMO_IDS, fixedId, ID_KINDS } from "./constants";
import { slugify, type Faker } from "./faker";
import { TERRITORY_TREE, VENDOR } from "./vocabulary";

type ChannelManagerKey = "cm" | "cm2" | "cm3";

interface DemoPartner {
  name: string;
  /** Its people's email domain is `<slug>.demo`. */
  slug: string;
  tier: PartnerTier;
  country: string;
  channelManager: ChannelManagerKey;
  /** One of its sellers has left the company: an inactive user. */
  hasDepartedSeller?: boolean;
}

/** Partner n is DEMO_PARTNERS[n - 1] with id DEMO_IDS.partnerOrgId(n). */
export const DEMO_PARTNERS: readonly DemoPartner[] = [
  {
    name: "Northwind Solutions",
    slug: "northwind",
    tier: "PLATINUM",
    country: "United States",
    channelManager: "cm",
  },
  {
    name: "Contoso Partners",
    slug: "contoso",
    tier: "GOLD",
    country: "United Kingdom",
    channelManager: "cm2",
  },
  {
    name: "Fabrikam Systems",
    slug: "fabrikam",
    tier: "GOLD",
    country: "Germany",
    channelManager: "cm",
    hasDepartedSeller: true,
  },
  {
    name: "Tailspin Technologies",
    slug: "tailspin",
    tier: "SILVER",
    country: "Canada",
    channelManager: "cm",
  },
  {
    name: "Adventure Works IT",
    slug: "adventureworks",
    tier: "SILVER",
    country: "United States",
    channelManager: "cm",
  },
  {
    name: "Litware Consulting",
    slug: "litware",
    tier: "REGISTERED",
    country: "Australia",
    channelManager: "cm",
  },
  {
    name: "Proseware Group",
    slug: "proseware",
    tier: "PLATINUM",
    country: "Netherlands",
    channelManager: "cm2",
  },
  {
    name: "Wide World Integrators",
    slug: "wideworld",
    tier: "SILVER",
    country: "Singapore",
    channelManager: "cm2",
  },
  {
    name: "Coho Cloud Services",
    slug: "coho",
    tier: "REGISTERED",
    country: "France",
    channelManager: "cm2",
  },
  {
    name: "Woodgrove Digital",
    slug: "woodgrove",
    tier: "GOLD",
    country: "Brazil",
    channelManager: "cm3",
  },
  {
    name: "Lucerne Data Partners",
    slug: "lucerne",
    tier: "SILVER",
    country: "Japan",
    channelManager: "cm3",
  },
  {
    name: "Trey Research Labs",
    slug: "treyresearch",
    tier: "REGISTERED",
    country: "India",
    channelManager: "cm3",
  },
];

/** Besides one sales operations user each: sales managers and sellers per partner. */
const TEAM_SIZE: Readonly<Record<PartnerTier, { managers: number; sellers: number }>> = {
  PLATINUM: { managers: 2, sellers: 5 },
  GOLD: { managers: 1, sellers: 4 },
  SILVER: { managers: 1, sellers: 3 },
  REGISTERED: { managers: 1, sellers: 2 },
};

/** Bigger partners cover a second region. */
const REGIONS_PER_TIER: Readonly<Record<PartnerTier, number>> = {
  PLATINUM: 2,
  GOLD: 2,
  SILVER: 1,
  REGISTERED: 1,
};
const COUNTRIES_PER_REGION = 3;

interface StaffMember {
  id: string;
  role: Role;
  email: string;
  /** Faker makes one up when absent. */
  name?: string;
}

const VENDOR_STAFF: Readonly<Record<"admin" | ChannelManagerKey, StaffMember>> = {
  admin: {
    id: DEMO_IDS.users.admin,
    role: "VENDOR_ADMIN",
    email: "admin@demo.prm",
    name: "Avery Admin",
  },
  cm: {
    id: DEMO_IDS.users.cm,
    role: "CHANNEL_MANAGER",
    email: "cm@demo.prm",
    name: "Casey Morgan",
  },
  cm2: { id: DEMO_IDS.users.cm2, role: "CHANNEL_MANAGER", email: "cm2@demo.prm" },
  cm3: { id: DEMO_IDS.users.cm3, role: "CHANNEL_MANAGER", email: "cm3@demo.prm" },
};

/** The demo logins among partner users, by "<partner slug> <role> <position in role>". */
const DEMO_LOGIN_SEATS: Readonly<Record<string, { id: string; localPart: string }>> = {
  "northwind PARTNER_SALES_OPS 0": { id: DEMO_IDS.users.northwindOps, localPart: "ops" },
  "northwind PARTNER_SALES_MANAGER 0": {
    id: DEMO_IDS.users.northwindManager,
    localPart: "manager",
  },
  "northwind PARTNER_SELLER 0": { id: DEMO_IDS.users.northwindSeller, localPart: "seller" },
  "contoso PARTNER_SELLER 0": { id: DEMO_IDS.users.contosoSeller, localPart: "seller" },
};

/** First number of `DEMO_IDS.userId` for users without a fixed id. */
const FIRST_USER_NUMBER = 100;

export interface DemoPartnerTeam {
  organizationId: string;
  tier: PartnerTier;
  sellers: User[];
}

export interface DemoOrganizations {
  /** Without channel managers: they can only be assigned once the users exist. */
  organizations: Organization[];
  users: User[];
  channelManagerOf: { organizationId: string; userId: string }[];
  territories: Territory[];
  userTerritories: { territoryId: string; userId: string }[];
  teams: DemoPartnerTeam[];
}

/** The vendor, its staff, the twelve partners, their people and territories. */
export function buildDemoOrganizations(
  faker: Faker,
  passwordHash: string,
  createdAt: Date,
): DemoOrganizations {
  const people = new PersonFactory(faker, passwordHash, createdAt);
  const result: DemoOrganizations = {
    organizations: [organization(DEMO_IDS.vendor, VENDOR, null, createdAt)],
    users: Object.values(VENDOR_STAFF).map((staff) =>
      people.user(staff.role, DEMO_IDS.vendor, staff),
    ),
    channelManagerOf: [],
    territories: [],
    userTerritories: [],
    teams: [],
  };
  DEMO_PARTNERS.forEach((partner, index) => {
    const id = DEMO_IDS.partnerOrgId(index + 1);
    const website = `https://www.${partner.slug}.demo`;
    result.organizations.push(organization(id, { ...partner, website }, partner.tier, createdAt));
    result.channelManagerOf.push({
      organizationId: id,
      userId: VENDOR_STAFF[partner.channelManager].id,
    });
    const team = buildTeam(people, partner, id);
    result.users.push(...team.ops, ...team.managers, ...team.sellers);
    result.teams.push({ organizationId: id, tier: partner.tier, sellers: team.sellers });
    const territories = buildTerritories(partner, id, result.territories.length, createdAt);
    result.territories.push(...territories.all);
    result.userTerritories.push(...assignTerritories(team, territories.regions));
  });
  return result;
}

function organization(
  id: string,
  { name, country, website }: { name: string; country: string; website: string },
  tier: PartnerTier | null,
  createdAt: Date,
): Organization {
  const kind = tier ? "PARTNER" : "VENDOR";
  return {
    id,
    name,
    kind,
    tier,
    channelManagerId: null,
    website,
    domain: kind === "PARTNER" ? normalizeDomain(website) : null,
    country,
    active: true,
    createdAt,
    updatedAt: createdAt,
  };
}

interface Team {
  ops: User[];
  managers: User[];
  sellers: User[];
}

function buildTeam(people: PersonFactory, partner: DemoPartner, organizationId: string): Team {
  const size = TEAM_SIZE[partner.tier];
  const seat = (role: PartnerRole, position: number) => {
    const fixed = DEMO_LOGIN_SEATS[`${partner.slug} ${role} ${position}`];
    return people.user(role, organizationId, {
      id: fixed?.id,
      email: fixed && `${fixed.localPart}@${partner.slug}.demo`,
      emailDomain: `${partner.slug}.demo`,
    });
  };
  const ops = [seat("PARTNER_SALES_OPS", 0)];
  const managers = Array.from({ length: size.managers }, (_, i) =>
    seat("PARTNER_SALES_MANAGER", i),
  );
  const sellers = Array.from({ length: size.sellers }, (_, i) => ({
    ...seat("PARTNER_SELLER", i),
    managerId: managers[i % managers.length]?.id ?? null,
    active: !(partner.hasDepartedSeller && i === size.sellers - 1),
  }));
  return { ops, managers, sellers };
}

interface RegionTerritories {
  region: Territory;
  countries: Territory[];
}

/** The partner's home region (and, for bigger partners, the next one), each with its countries. */
function buildTerritories(
  partner: DemoPartner,
  organizationId: string,
  idsTaken: number,
  createdAt: Date,
) {
  const home = Math.max(
    TERRITORY_TREE.findIndex((r) => r.countries.includes(partner.country)),
    0,
  );
  let nextNumber = idsTaken + 1;
  const territory = (name: string, parentId: string | null): Territory => ({
    id: fixedId(ID_KINDS.territory, nextNumber++),
    organizationId,
    parentId,
    name,
    createdAt,
    updatedAt: createdAt,
  });
  const regions: RegionTerritories[] = [];
  for (let i = 0; i < REGIONS_PER_TIER[partner.tier]; i++) {
    const branch = TERRITORY_TREE[(home + i) % TERRITORY_TREE.length];
    if (!branch) continue;
    const { region: name, countries } = branch;
    const ordered =
      i === 0 ? [partner.country, ...countries.filter((c) => c !== partner.country)] : countries;
    const region = territory(name, null);
    regions.push({
      region,
      countries: ordered
        .slice(0, COUNTRIES_PER_REGION)
        .map((country) => territory(country, region.id)),
    });
  }
  return { regions, all: regions.flatMap((r) => [r.region, ...r.countries]) };
}

/** Managers cover a region each; their sellers the countries of that region in turn. */
function assignTerritories(team: Team, regions: RegionTerritories[]) {
  const rows: { territoryId: string; userId: string }[] = [];
  team.managers.forEach((manager, m) => {
    const region = regions[m % regions.length];
    if (!region) return;
    rows.push({ territoryId: region.region.id, userId: manager.id });
    const sellers = team.sellers.filter((seller) => seller.managerId === manager.id);
    sellers.forEach((seller, i) => {
      const country = region.countries[i % region.countries.length];
      if (country) rows.push({ territoryId: country.id, userId: seller.id });
    });
  });
  return rows;
}

/** Users with faker names and unique lowercase emails, numbered from FIRST_USER_NUMBER. */
class PersonFactory {
  private readonly emails = new Set<string>([
    ...Object.values(VENDOR_STAFF).map((s) => s.email),
    ...Object.entries(DEMO_LOGIN_SEATS).map(
      ([seat, { localPart }]) => `${localPart}@${seat.split(" ")[0]}.demo`,
    ),
  ]);
  private nextNumber = FIRST_USER_NUMBER;

  constructor(
    private readonly faker: Faker,
    private readonly passwordHash: string,
    private readonly createdAt: Date,
  ) {}

  user(
    role: Role,
    organizationId: string,
    fixed: { id?: string; email?: string; name?: string; emailDomain?: string },
  ): User {
    const firstName = this.faker.person.firstName();
    const lastName = this.faker.person.lastName();
    return {
      id: fixed.id ?? DEMO_IDS.userId(this.nextNumber++),
      email: fixed.email ?? this.uniqueEmail(firstName, lastName, fixed.emailDomain ?? "demo.prm"),
      name: fixed.name ?? `${firstName} ${lastName}`,
      role,
      organizationId,
      managerId: null,
      active: true,
      passwordHash: this.passwordHash,
      lastLoginAt: null,
      createdAt: this.createdAt,
      updatedAt: this.createdAt,
    };
  }

  private uniqueEmail(firstName: string, lastName: string, domain: string): string {
    const base = `${slugify(firstName, "")}.${slugify(lastName, "")}`;
    for (let n = 1; ; n++) {
      const email = `${base}${n === 1 ? "" : n}@${domain}`;
      if (!this.emails.has(email)) {
        this.emails.add(email);
        return email;
      }
    }
  }
}
