import { normalizeCompanyName, normalizeDomain } from "@prm/domain";
import { fixedId, ID_KINDS } from "./constants";
import { slugify, type Faker } from "./faker";
import type { SeedSql } from "./runner";
import {
  sqlFixedId,
  sqlFixedIdNumber,
  sqlPick,
  sqlRandom,
  sqlRandomColumns,
  sqlTextArray,
  sqlWeighted,
  sqlDays,
} from "./sql-fragments";
import { inBatches, type SeedStep } from "./steps";
import type { SalesScale } from "./sales";
import { INDUSTRIES, JOB_TITLES, TERRITORY_TREE, TIER_MIX, VENDOR } from "./vocabulary";
import { addDays, type SeedWindow } from "./window";

/** The sizes of the benchmark dataset (README, "Seed data"). */
export interface LargeScale {
  partners: number;
  channelManagers: number;
  /** cm1's portfolio; the other partners are spread evenly over the other channel managers. */
  firstManagerPartners: number;
  /** Per partner, besides one sales operations user. */
  team: { managers: number; sellers: number };
  /** Regions per partner (one per sales manager), each with its countries. */
  regionsPerPartner: number;
  countriesPerRegion: number;
  accountsPerPartner: number;
  /** Each opportunity gets one activity per contact of its account. */
  contactsPerAccount: number;
  /** Share of accounts that are the same company as another partner's account. */
  sharedCustomers: number;
  sales: SalesScale;
}

export const LARGE_EMAIL_DOMAIN = "large.prm";

/** Customer names combine a base ("Kuhn Logistics") with a place ("Port Emmaville"). */
const CUSTOMER_PLACES = 40;
const CUSTOMER_NOUNS = [
  "Logistics",
  "Foods",
  "Analytics",
  "Health",
  "Energy",
  "Media",
  "Robotics",
  "Retail",
  "Insurance",
  "Capital",
  "Labs",
  "Networks",
  "Pharma",
  "Motors",
  "Textiles",
  "Farms",
  "Aerospace",
  "Marine",
  "Hotels",
  "Software",
  "Security",
  "Telecom",
  "Biotech",
  "Apparel",
];
const PARTNER_NOUNS = [
  "Solutions",
  "Partners",
  "Systems",
  "Consulting",
  "Technologies",
  "IT",
  "Digital",
  "Networks",
  "Integration",
  "Cloud Services",
];
/** A prime: multiplying by it modulo the number of customers shuffles them. */
const NAME_SHUFFLE = 7919;
/** Legal suffixes that normalizeCompanyName drops, so the normalized name ignores them. */
const CUSTOMER_SUFFIXES = ["", " Inc", " LLC", " Ltd", " Corp", " GmbH"];

interface NameParts {
  names: string[];
  normalized: string[];
  slugs: string[];
}

/** Faker-made word lists the SQL draws names from (passed as array parameters). */
export interface LargeNamePools {
  /** Letters only: they also make up emails. */
  firstNames: string[];
  lastNames: string[];
  /** One per partner. */
  partnerNames: string[];
  partnerSlugs: string[];
  /** Customer c is `bases[c % bases] + " " + places[c / bases]`. */
  customerBases: NameParts;
  customerPlaces: NameParts;
}

export function buildNamePools(faker: Faker, scale: LargeScale): LargeNamePools {
  const isWord = (s: string) => /^[A-Za-z]+$/.test(s);
  const firstNames = distinct(() => faker.person.firstName(), 300, isWord);
  const lastNames = distinct(() => faker.person.lastName(), 300, isWord);
  const partnerNames = distinct(
    () => `${faker.helpers.arrayElement(lastNames)} ${faker.helpers.arrayElement(PARTNER_NOUNS)}`,
    scale.partners,
  );
  const customers = scale.partners * scale.accountsPerPartner;
  const places = nameParts(
    distinct(
      () => faker.location.city(),
      CUSTOMER_PLACES,
      (s) => /^[A-Za-z ]+$/.test(s),
    ),
  );
  const bases = nameParts(
    distinct(
      () => `${faker.person.lastName()} ${faker.helpers.arrayElement(CUSTOMER_NOUNS)}`,
      Math.ceil(customers / CUSTOMER_PLACES),
      (s) => /^[A-Za-z ]+$/.test(s),
    ),
  );
  assertNamesCompose(bases, places);
  return {
    firstNames,
    lastNames,
    partnerNames,
    partnerSlugs: partnerNames.map((name) => slugify(name)),
    customerBases: bases,
    customerPlaces: places,
  };
}

function distinct(draw: () => string, count: number, accept: (s: string) => boolean = () => true) {
  const values = new Set<string>();
  for (let attempts = 0; values.size < count; attempts++) {
    if (attempts > count * 100) throw new Error(`Could not draw ${count} distinct names`);
    const value = draw();
    if (accept(value)) values.add(value);
  }
  return [...values];
}

function nameParts(names: string[]): NameParts {
  return {
    names,
    normalized: names.map((name) => normalizeCompanyName(name)),
    slugs: names.map((name) => slugify(name)),
  };
}

/**
 * The SQL builds names and domains by concatenation; check once that this agrees with the
 * domain package's normalizers, which the API uses to match customers.
 */
function assertNamesCompose(bases: NameParts, places: NameParts): void {
  const check = (b: number, p: number, suffix: string) => {
    const name = `${bases.names[b]} ${places.names[p]}${suffix}`;
    const domain = `${bases.slugs[b]}-${places.slugs[p]}.com`;
    if (
      normalizeCompanyName(name) !== `${bases.normalized[b]} ${places.normalized[p]}` ||
      normalizeDomain(domain) !== domain
    ) {
      throw new Error(`Generated customer "${name}" (${domain}) does not normalize as assumed`);
    }
  };
  bases.names.forEach((_, b) =>
    check(b, b % places.names.length, CUSTOMER_SUFFIXES[b % CUSTOMER_SUFFIXES.length] ?? ""),
  );
  places.names.forEach((_, p) => check(p, p, ""));
}

/**
 * The vendor, its staff, the partners with their people and territories, accounts and
 * contacts, all by INSERT … SELECT over generate_series. Row n of every table has the id
 * fixedId(kind, n), so parents and children are found by arithmetic, not lookups:
 * partner p's users are numbered (p - 1) * seats + 1 … p * seats, and so on.
 */
export function largePeopleSteps(
  sql: SeedSql,
  window: SeedWindow,
  scale: LargeScale,
  pools: LargeNamePools,
  passwordHash: string,
): SeedStep[] {
  const layout = new Layout(scale);
  const createdAt = addDays(window.from, -180);
  const batch = scale.sales.batchSize;
  const accounts = scale.partners * scale.accountsPerPartner;
  return [
    {
      table: "organizations",
      run: () =>
        sql.run(layout.organizationsSql(), [
          createdAt,
          pools.partnerNames,
          pools.partnerSlugs,
          scale.partners,
        ]),
    },
    {
      table: "users",
      async run() {
        const staff = await sql.run(layout.staffSql(), [
          passwordHash,
          createdAt,
          pools.firstNames,
          pools.lastNames,
          scale.channelManagers,
        ]);
        const partnerUsers = await sql.run(layout.partnerUsersSql(), [
          passwordHash,
          createdAt,
          pools.firstNames,
          pools.lastNames,
          pools.partnerSlugs,
          scale.partners * layout.seats,
        ]);
        await sql.run(layout.assignChannelManagersSql());
        return staff + partnerUsers;
      },
    },
    { table: "territories", run: () => sql.run(layout.territoriesSql(), [createdAt]) },
    { table: "user_territories", run: () => sql.run(layout.userTerritoriesSql()) },
    {
      table: "accounts",
      run: (progress) =>
        inBatches({ from: 1, to: accounts }, batch, progress, (lo, hi) =>
          sql.run(layout.accountsSql(), [
            lo,
            hi,
            window.from,
            pools.customerBases.names,
            pools.customerBases.normalized,
            pools.customerBases.slugs,
            pools.customerPlaces.names,
            pools.customerPlaces.normalized,
            pools.customerPlaces.slugs,
          ]),
        ),
    },
    {
      table: "contacts",
      run: (progress) =>
        inBatches(
          { from: 1, to: accounts },
          Math.ceil(batch / scale.contactsPerAccount),
          progress,
          (lo, hi) =>
            sql.run(layout.contactsSql(), [
              fixedId(ID_KINDS.account, lo),
              fixedId(ID_KINDS.account, hi),
              pools.firstNames,
              pools.lastNames,
            ]),
        ),
    },
  ];
}

/** Numbering of the large dataset's people and places, and the SQL that follows it. */
class Layout {
  /** Users per partner: sales operations at seat 0, managers at 1…M, sellers after. */
  readonly seats: number;
  readonly territoriesPerPartner: number;

  constructor(private readonly scale: LargeScale) {
    this.seats = 1 + scale.team.managers + scale.team.sellers;
    this.territoriesPerPartner = scale.regionsPerPartner * (1 + scale.countriesPerRegion);
    if (scale.team.managers > scale.regionsPerPartner) {
      throw new Error("Each sales manager needs a region of their own");
    }
    if ((scale.partners * scale.accountsPerPartner) % NAME_SHUFFLE === 0) {
      throw new Error(`The number of customers must not be a multiple of ${NAME_SHUFFLE}`);
    }
    if (TERRITORY_TREE.some((r) => r.countries.length < scale.countriesPerRegion)) {
      throw new Error(`Every region needs ${scale.countriesPerRegion} countries`);
    }
  }

  private get regions() {
    return sqlTextArray(TERRITORY_TREE.map((r) => r.region));
  }

  /** The first `countriesPerRegion` countries of each region, region by region. */
  private get countries() {
    const perRegion = this.scale.countriesPerRegion;
    return sqlTextArray(TERRITORY_TREE.flatMap((r) => r.countries.slice(0, perRegion)));
  }

  /** Index (0-based) into the territory tree of partner p's i-th region. */
  private regionIndex(p: string, i: string) {
    return `((${p} - 1 + ${i}) % ${TERRITORY_TREE.length})`;
  }

  private partnerUserId(p: string, seat: string) {
    return sqlFixedId(ID_KINDS.partnerUser, `(${p} - 1) * ${this.seats} + ${seat} + 1`);
  }

  organizationsSql() {
    const perRegion = this.scale.countriesPerRegion;
    return `
INSERT INTO organizations (id, name, kind, tier, channel_manager_id, website, country, created_at, updated_at)
SELECT '${fixedId(ID_KINDS.vendor, 1)}'::uuid, '${VENDOR.name}', 'VENDOR', NULL, NULL::uuid,
  '${VENDOR.website}', '${VENDOR.country}', $1::timestamptz, $1::timestamptz
UNION ALL
SELECT ${sqlFixedId(ID_KINDS.partner, "g.p")}, ($2::text[])[g.p], 'PARTNER',
  ${sqlWeighted(TIER_MIX, "g.r_tier")}, NULL, 'https://www.' || ($3::text[])[g.p] || '.example',
  (${this.countries})[${this.regionIndex("g.p", "0")} * ${perRegion} + 1 + floor(g.r_country * ${perRegion})::int],
  $1, $1
FROM (SELECT p, ${sqlRandomColumns("p", 800, ["tier", "country"])}
        FROM generate_series(1, $4::int) AS p) AS g`;
  }

  staffSql() {
    return `
INSERT INTO users (id, email, name, role, organization_id, manager_id, active, password_hash,
  created_at, updated_at)
SELECT '${fixedId(ID_KINDS.admin, 1)}'::uuid, 'admin@${LARGE_EMAIL_DOMAIN}', 'Avery Admin',
  'VENDOR_ADMIN', '${fixedId(ID_KINDS.vendor, 1)}'::uuid, NULL::uuid, true, $1, $2::timestamptz, $2::timestamptz
UNION ALL
SELECT ${sqlFixedId(ID_KINDS.channelManager, "k")}, 'cm' || k || '@${LARGE_EMAIL_DOMAIN}',
  ${sqlPick("$3::text[]", sqlRandom("k", 810))} || ' ' || ${sqlPick("$4::text[]", sqlRandom("k", 811))},
  'CHANNEL_MANAGER', '${fixedId(ID_KINDS.vendor, 1)}'::uuid, NULL, true, $1, $2, $2
FROM generate_series(1, $5::int) AS k`;
  }

  partnerUsersSql() {
    const { managers } = this.scale.team;
    return `
INSERT INTO users (id, email, name, role, organization_id, manager_id, active, password_hash,
  created_at, updated_at)
WITH seats AS (
  SELECT g.u, (g.u - 1) / ${this.seats} + 1 AS p, (g.u - 1) % ${this.seats} AS seat,
    ${sqlPick("$3::text[]", sqlRandom("g.u", 820))} AS first_name,
    ${sqlPick("$4::text[]", sqlRandom("g.u", 821))} AS last_name,
    ${sqlRandom("g.u", 822)} AS r_active
  FROM generate_series(1, $6::int) AS g(u)
)
SELECT ${sqlFixedId(ID_KINDS.partnerUser, "s.u")},
  lower(s.first_name || '.' || s.last_name || '.' || s.u || '@' || ($5::text[])[s.p] || '.large'),
  s.first_name || ' ' || s.last_name,
  CASE WHEN s.seat = 0 THEN 'PARTNER_SALES_OPS'
       WHEN s.seat <= ${managers} THEN 'PARTNER_SALES_MANAGER'
       ELSE 'PARTNER_SELLER' END,
  ${sqlFixedId(ID_KINDS.partner, "s.p")},
  CASE WHEN s.seat > ${managers}
       THEN ${this.partnerUserId("s.p", `1 + (s.seat - ${managers} - 1) % ${managers}`)} END,
  NOT (s.seat > ${managers} AND s.r_active < 0.01),
  $1, $2::timestamptz, $2::timestamptz
FROM seats s`;
  }

  assignChannelManagersSql() {
    const { channelManagers, firstManagerPartners } = this.scale;
    const p = sqlFixedIdNumber("id");
    return `
UPDATE organizations SET channel_manager_id = ${sqlFixedId(
      ID_KINDS.channelManager,
      `CASE WHEN ${p} <= ${firstManagerPartners} THEN 1
            ELSE 2 + (${p} - ${firstManagerPartners} - 1) % ${channelManagers - 1} END`,
    )}
WHERE kind = 'PARTNER'`;
  }

  territoriesSql() {
    const { regionsPerPartner: regions, countriesPerRegion: perRegion } = this.scale;
    const id = (n: string) =>
      sqlFixedId(ID_KINDS.territory, `(g.p - 1) * ${this.territoriesPerPartner} + ${n} + 1`);
    const regionOfCountry = `(g.t - ${regions}) / ${perRegion}`;
    return `
INSERT INTO territories (id, organization_id, parent_id, name, created_at, updated_at)
SELECT ${id("g.t")}, ${sqlFixedId(ID_KINDS.partner, "g.p")},
  CASE WHEN g.t >= ${regions} THEN ${id(regionOfCountry)} END,
  CASE WHEN g.t < ${regions} THEN (${this.regions})[1 + ${this.regionIndex("g.p", "g.t")}]
       ELSE (${this.countries})[${this.regionIndex("g.p", regionOfCountry)} * ${perRegion}
                                + (g.t - ${regions}) % ${perRegion} + 1] END,
  $1::timestamptz, $1::timestamptz
FROM (SELECT p, t FROM generate_series(1, ${this.scale.partners}) AS p
       CROSS JOIN generate_series(0, ${this.territoriesPerPartner - 1}) AS t) AS g`;
  }

  userTerritoriesSql() {
    const { managers } = this.scale.team;
    const { regionsPerPartner: regions, countriesPerRegion: perRegion } = this.scale;
    const seller = `(s.seat - ${managers} - 1)`;
    const territory = `CASE WHEN s.seat <= ${managers} THEN s.seat - 1
      ELSE ${regions} + (${seller} % ${managers}) * ${perRegion} + (${seller} / ${managers}) % ${perRegion} END`;
    return `
INSERT INTO user_territories (territory_id, user_id)
SELECT ${sqlFixedId(ID_KINDS.territory, `(s.p - 1) * ${this.territoriesPerPartner} + ${territory} + 1`)},
       ${sqlFixedId(ID_KINDS.partnerUser, "s.u")}
FROM (SELECT u, (u - 1) / ${this.seats} + 1 AS p, (u - 1) % ${this.seats} AS seat
        FROM generate_series(1, ${this.scale.partners * this.seats}) AS u) AS s
WHERE s.seat >= 1`;
  }

  accountsSql() {
    const { accountsPerPartner: perPartner, partners, sharedCustomers, team } = this.scale;
    const customers = partners * perPartner;
    const base = "1 + c.name_index % cardinality($4::text[])";
    const place = "1 + c.name_index / cardinality($4::text[])";
    return `
INSERT INTO accounts (id, partner_id, owner_id, name, domain, normalized_name, normalized_domain,
  industry, created_at, updated_at)
WITH drawn AS MATERIALIZED (
  SELECT g.n, (g.n - 1) / ${perPartner} + 1 AS p,
    ${sqlRandomColumns("g.n", 830, ["shared", "other", "owner", "suffix", "industry", "created"])}
  FROM generate_series($1::int, $2::int) AS g(n)
), customer AS (
  -- Usually the account's own customer; sometimes the same one as another partner's account.
  SELECT d.*, CASE WHEN d.r_shared < ${sharedCustomers}
      THEN (d.n - 1 + ${perPartner} * (1 + floor(d.r_other * ${partners - 1})::int)) % ${customers}
      ELSE d.n - 1 END AS customer
  FROM drawn d
), named AS (
  -- A bijective shuffle of customer numbers, so that one partner's customers are not all
  -- from the same place.
  SELECT c.*, (c.customer::bigint * ${NAME_SHUFFLE}) % ${customers} AS name_index FROM customer c
), domains AS (
  SELECT c.*, ($6::text[])[${base}] || '-' || ($9::text[])[${place}] || '.com' AS domain
  FROM named c
)
SELECT ${sqlFixedId(ID_KINDS.account, "c.n")}, ${sqlFixedId(ID_KINDS.partner, "c.p")},
  ${this.partnerUserId("c.p", `${1 + team.managers} + floor(c.r_owner * ${team.sellers})::int`)},
  ($4::text[])[${base}] || ' ' || ($7::text[])[${place}] || ${sqlPick(sqlTextArray(CUSTOMER_SUFFIXES), "c.r_suffix")},
  c.domain, ($5::text[])[${base}] || ' ' || ($8::text[])[${place}], c.domain,
  ${sqlPick(sqlTextArray(INDUSTRIES), "c.r_industry")},
  $3::timestamptz - ${sqlDays("1 + 364 * c.r_created")}, $3::timestamptz - ${sqlDays("1 + 364 * c.r_created")}
FROM domains c`;
  }

  contactsSql() {
    const perAccount = this.scale.contactsPerAccount;
    return `
INSERT INTO contacts (id, partner_id, account_id, owner_id, name, email, phone, title, created_at,
  updated_at)
WITH people AS (
  SELECT a.partner_id, a.id AS account_id, a.owner_id, a.normalized_domain, a.created_at,
    (${sqlFixedIdNumber("a.id")} - 1) * ${perAccount} + k AS n
  FROM accounts a CROSS JOIN generate_series(1, ${perAccount}) AS k
  WHERE a.id BETWEEN $1::uuid AND $2::uuid
), named AS MATERIALIZED (
  SELECT p.*, ${sqlPick("$3::text[]", sqlRandom("p.n", 840))} AS first_name,
    ${sqlPick("$4::text[]", sqlRandom("p.n", 841))} AS last_name,
    ${sqlRandomColumns("p.n", 842, ["phone", "title"])}
  FROM people p
)
SELECT ${sqlFixedId(ID_KINDS.contact, "c.n")}, c.partner_id, c.account_id, c.owner_id,
  c.first_name || ' ' || c.last_name,
  lower(c.first_name || '.' || c.last_name || '@' || c.normalized_domain),
  '+1 555 ' || lpad(floor(c.r_phone * 10000000)::text, 7, '0'),
  ${sqlPick(sqlTextArray(JOB_TITLES), "c.r_title")}, c.created_at, c.created_at
FROM named c`;
  }
}
