import { normalizeCompanyName, normalizeDomain, type PartnerTier } from "@prm/domain";
import type { NewAccount } from "../../modules/accounts/account.entity";
import type { Contact } from "../../modules/accounts/contact.entity";
import { DEMO_IDS, fixedId, ID_KINDS } from "./constants";
import type { DemoPartnerTeam } from "./demo-people";
import { slugify, type Faker } from "./faker";
import { INDUSTRIES, JOB_TITLES } from "./vocabulary";
import { addDays, type SeedWindow } from "./window";

const ACCOUNTS_PER_TIER: Readonly<Record<PartnerTier, number>> = {
  PLATINUM: 30,
  GOLD: 25,
  SILVER: 20,
  REGISTERED: 15,
};
const CONTACTS_PER_ACCOUNT = { min: 2, max: 3 };
const LEGAL_SUFFIX = /\b(inc|llc|ltd|corp|co|gmbh|plc)\.?$/i;
const TOP_LEVEL_DOMAINS = [".com", ".com", ".com", ".io", ".net", ".co"];

/**
 * Customers two partners both know (by partner number), so conflict detection has something to
 * find: Northwind and Contoso belong to different channel managers, Northwind and Fabrikam to
 * the same one. The second partner spells the company and its domain differently.
 */
const SHARED_CUSTOMERS: readonly [number, number][] = [
  [1, 2],
  [1, 2],
  [1, 3],
  [2, 7],
  [4, 10],
  [5, 11],
  [8, 12],
];

export interface DemoCustomers {
  accounts: NewAccount[];
  contacts: Contact[];
}

export function buildDemoCustomers(
  faker: Faker,
  teams: readonly DemoPartnerTeam[],
  window: SeedWindow,
): DemoCustomers {
  const factory = new CustomerFactory(faker, window);
  const accounts = teams.flatMap((team) =>
    Array.from({ length: ACCOUNTS_PER_TIER[team.tier] }, () => factory.account(team)),
  );
  const shared = new Set<NewAccount>();
  for (const [first, second] of SHARED_CUSTOMERS) {
    const team = teams.find((t) => t.organizationId === DEMO_IDS.partnerOrgId(second));
    const candidates = accounts.filter(
      (a) => a.partnerId === DEMO_IDS.partnerOrgId(first) && !shared.has(a),
    );
    const original = faker.helpers.arrayElement(candidates);
    shared.add(original);
    if (team) accounts.push(factory.sameCustomer(original, team));
  }
  return { accounts, contacts: accounts.flatMap((account) => factory.contacts(account)) };
}

class CustomerFactory {
  private readonly domains = new Set<string>();
  private accountNumber = 1;
  private contactNumber = 1;

  constructor(
    private readonly faker: Faker,
    private readonly window: SeedWindow,
  ) {}

  account(team: DemoPartnerTeam): NewAccount {
    const name = this.faker.company.name();
    const tld = this.faker.helpers.arrayElement(TOP_LEVEL_DOMAINS);
    let domain = `${slugify(name)}${tld}`;
    for (let n = 2; this.domains.has(domain); n++) domain = `${slugify(name)}-${n}${tld}`;
    this.domains.add(domain);
    return this.withName(team, name, domain);
  }

  /** The same company as `original`, as another partner typed it in. */
  sameCustomer(original: NewAccount, team: DemoPartnerTeam): NewAccount {
    const spelling = LEGAL_SUFFIX.test(original.name)
      ? original.name.toUpperCase()
      : `${original.name}, Inc.`;
    const name =
      normalizeCompanyName(spelling) === original.normalizedName ? spelling : original.name;
    return this.withName(team, name, `www.${original.domain}`);
  }

  contacts(account: NewAccount): Contact[] {
    const count = this.faker.number.int(CONTACTS_PER_ACCOUNT);
    return Array.from({ length: count }, () => {
      const firstName = this.faker.person.firstName();
      const lastName = this.faker.person.lastName();
      return {
        id: fixedId(ID_KINDS.contact, this.contactNumber++),
        partnerId: account.partnerId,
        accountId: account.id,
        ownerId: account.ownerId,
        name: `${firstName} ${lastName}`,
        email: `${slugify(firstName, "")}.${slugify(lastName, "")}@${account.normalizedDomain}`,
        phone: this.faker.phone.number({ style: "international" }),
        title: this.faker.helpers.arrayElement(JOB_TITLES),
        createdAt: account.createdAt,
        updatedAt: account.createdAt,
      };
    });
  }

  private withName(team: DemoPartnerTeam, name: string, domain: string): NewAccount {
    const normalizedDomain = normalizeDomain(domain);
    if (!normalizedDomain) throw new Error(`Seed produced an invalid customer domain: ${domain}`);
    const createdAt = addDays(this.window.from, -this.faker.number.float({ min: 1, max: 180 }));
    return {
      id: fixedId(ID_KINDS.account, this.accountNumber++),
      partnerId: team.organizationId,
      ownerId: this.faker.helpers.arrayElement(team.sellers).id,
      name,
      domain,
      normalizedName: normalizeCompanyName(name),
      normalizedDomain,
      industry: this.faker.helpers.arrayElement(INDUSTRIES),
      createdAt,
      updatedAt: createdAt,
    };
  }
}
