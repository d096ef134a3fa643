import { DEAL_FIELD_LIMITS, normalizeCompanyName, normalizeDomain } from "./deal-rules";
import { parseMoneyInput } from "./money";

/** What a person types into the registration form (every field optional for partial updates). */
export interface DealFieldsInput {
  customerName?: string | null;
  customerDomain?: string | null;
  contactName?: string | null;
  contactEmail?: string | null;
  estimatedAmount?: string | null;
  expectedCloseDate?: string | null;
  products?: readonly string[] | null;
  description?: string | null;
}

export type DealField = keyof DealFieldsInput;

export interface DealFieldError {
  field: DealField;
  message: string;
}

/** The fields as stored, with the normalized forms conflict detection matches on. */
export interface DealFieldValues {
  customerName: string;
  customerDomain: string;
  normalizedName: string;
  normalizedDomain: string;
  contactName: string | null;
  contactEmail: string | null;
  estimatedAmount: string;
  expectedCloseDate: string;
  products: string[];
  description: string | null;
}

const REQUIRED_FIELDS = [
  "customerName",
  "customerDomain",
  "estimatedAmount",
  "expectedCloseDate",
] as const satisfies readonly DealField[];

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The one email address check of forms and the API (a deal's contact, a contact). */
export const isEmailAddress = (value: string) => EMAIL.test(value);

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date written YYYY-MM-DD that exists ("2026-02-30" does not). */
export function isRealDate(s: string): boolean {
  if (!ISO_DATE.test(s)) return false;
  const date = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === s;
}

/**
 * Checks a registration's fields and returns them normalized. `today` (YYYY-MM-DD, UTC) is the
 * earliest allowed expected close date. With `partial`, absent (undefined) fields are skipped —
 * an update — but a required field given as null or blank is still an error.
 */
export function checkDealFields(
  input: DealFieldsInput,
  options: { today: string; partial?: boolean },
): { errors: DealFieldError[]; values: Partial<DealFieldValues> } {
  const errors: DealFieldError[] = [];
  const values: Partial<DealFieldValues> = {};
  const given = (field: DealField) => !options.partial || input[field] !== undefined;
  const error = (field: DealField, message: string) => errors.push({ field, message });
  const text = (value: string | null | undefined) => value?.trim() ?? "";

  for (const field of REQUIRED_FIELDS) {
    if (given(field) && text(input[field]) === "") error(field, `${LABELS[field]} is required.`);
  }

  const name = text(input.customerName);
  if (given("customerName") && name) {
    if (name.length > DEAL_FIELD_LIMITS.customerName) {
      error("customerName", tooLong("customerName", DEAL_FIELD_LIMITS.customerName));
    } else {
      values.customerName = name;
      values.normalizedName = normalizeCompanyName(name);
    }
  }

  const domain = text(input.customerDomain);
  if (given("customerDomain") && domain) {
    const normalized = domain.length <= DEAL_FIELD_LIMITS.customerDomain && normalizeDomain(domain);
    if (!normalized) {
      error("customerDomain", 'Enter the customer\'s web domain, e.g. "acme.com".');
    } else {
      values.customerDomain = domain;
      values.normalizedDomain = normalized;
    }
  }

  if (given("contactName")) {
    const contact = text(input.contactName);
    if (contact.length > DEAL_FIELD_LIMITS.contactName) {
      error("contactName", tooLong("contactName", DEAL_FIELD_LIMITS.contactName));
    } else values.contactName = contact || null;
  }

  if (given("contactEmail")) {
    const email = text(input.contactEmail);
    if (email.length > DEAL_FIELD_LIMITS.contactEmail) {
      error("contactEmail", tooLong("contactEmail", DEAL_FIELD_LIMITS.contactEmail));
    } else if (email && !EMAIL.test(email)) {
      error("contactEmail", "Enter a valid email address for the contact.");
    } else values.contactEmail = email || null;
  }

  const amount = text(input.estimatedAmount);
  if (given("estimatedAmount") && amount) {
    const parsed = parseMoneyInput(amount);
    if (parsed === null || Number(parsed) > DEAL_FIELD_LIMITS.maxEstimatedAmount) {
      error(
        "estimatedAmount",
        "The estimated amount must be a non-negative amount with at most 2 decimals and 12 digits.",
      );
    } else values.estimatedAmount = parsed;
  }

  const closeDate = text(input.expectedCloseDate);
  if (given("expectedCloseDate") && closeDate) {
    if (!isRealDate(closeDate)) {
      error("expectedCloseDate", 'The expected close date must be a date like "2026-03-31".');
    } else if (closeDate < options.today) {
      error("expectedCloseDate", "The expected close date cannot be in the past.");
    } else values.expectedCloseDate = closeDate;
  }

  if (given("products")) {
    const products = [...new Set((input.products ?? []).map((p) => p.trim()).filter(Boolean))];
    const { maxItems, maxLength } = DEAL_FIELD_LIMITS.products;
    if (products.length > maxItems) {
      error("products", `List at most ${maxItems} products.`);
    } else if (products.some((p) => p.length > maxLength)) {
      error("products", `Each product name can be at most ${maxLength} characters.`);
    } else values.products = products;
  }

  if (given("description")) {
    const description = text(input.description);
    if (description.length > DEAL_FIELD_LIMITS.description) {
      error("description", tooLong("description", DEAL_FIELD_LIMITS.description));
    } else values.description = description || null;
  }

  return { errors, values };
}

/** A reason or note a person must give (return, reject, extend, override): null when fine. */
export function reasonError(value: string | null | undefined, what: string): string | null {
  const reason = value?.trim() ?? "";
  if (!reason) return `${what} is required.`;
  if (reason.length > DEAL_FIELD_LIMITS.reason) {
    return `${what} can be at most ${DEAL_FIELD_LIMITS.reason} characters.`;
  }
  return null;
}

const LABELS: Record<DealField, string> = {
  customerName: "The customer name",
  customerDomain: "The customer domain",
  contactName: "The contact name",
  contactEmail: "The contact email",
  estimatedAmount: "The estimated amount",
  expectedCloseDate: "The expected close date",
  products: "Products",
  description: "The description",
};

function tooLong(field: DealField, max: number): string {
  return `${LABELS[field]} can be at most ${max} characters.`;
}

/** The text fields whose length alone bounds them, e.g. in the conflict check's input. */
export type BoundedDealTextField =
  "customerName" | "customerDomain" | "contactName" | "contactEmail" | "description";

/** "The customer name can be at most 200 characters." */
export function dealFieldTooLong(field: BoundedDealTextField): string {
  return tooLong(field, DEAL_FIELD_LIMITS[field]);
}
