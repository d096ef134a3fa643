import { checkDealFields, parseMoneyInput } from "@prm/domain";

/** What the register / edit form holds: text as typed, parsed on submit. */
export interface DealFormValues {
  customerName: string;
  customerDomain: string;
  contactName: string;
  contactEmail: string;
  estimatedAmount: string;
  expectedCloseDate: string;
  products: string[];
  description: string;
  /** One of the organization's territories, or "" for none. */
  territoryId: string;
}

export type DealFormField = keyof DealFormValues;
export type DealFormErrors = Partial<Record<DealFormField, string>>;

export const EMPTY_DEAL_FORM: DealFormValues = {
  customerName: "",
  customerDomain: "",
  contactName: "",
  contactEmail: "",
  estimatedAmount: "",
  expectedCloseDate: "",
  products: [],
  description: "",
  territoryId: "",
};

export const FIELD_LABELS: Readonly<Record<DealFormField, string>> = {
  customerName: "Customer name",
  customerDomain: "Customer web domain",
  contactName: "Contact name",
  contactEmail: "Contact email",
  estimatedAmount: "Estimated amount",
  expectedCloseDate: "Expected close date",
  products: "Products of interest",
  description: "Description",
  territoryId: "Territory",
};

/** Today (UTC) as the server sees it: the earliest expected close date it accepts. */
export function todayUtc(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/**
 * One field's problem, in a sentence that names the field; undefined when it is fine. The rules
 * are the domain's `checkDealFields`, the same the API enforces.
 */
export function validateField(
  field: DealFormField,
  values: DealFormValues,
  today: string = todayUtc(),
): string | undefined {
  // The territory is a choice from the server's list; only the server can say it is wrong.
  if (field === "territoryId") return undefined;
  const { errors } = checkDealFields({ [field]: values[field] }, { today, partial: true });
  return errors.find((error) => error.field === field)?.message;
}

export const FIELD_ORDER: readonly DealFormField[] = [
  "customerName",
  "customerDomain",
  "contactName",
  "contactEmail",
  "estimatedAmount",
  "expectedCloseDate",
  "products",
  "description",
  "territoryId",
];

export function validateAll(values: DealFormValues, today?: string): DealFormErrors {
  const errors: DealFormErrors = {};
  for (const field of FIELD_ORDER) {
    const error = validateField(field, values, today);
    if (error) errors[field] = error;
  }
  return errors;
}

/** The API's input fields from valid form values (call after validateAll found nothing). */
export function toDealInput(values: DealFormValues) {
  const optional = (s: string) => (s.trim() ? s.trim() : null);
  return {
    customerName: values.customerName.trim(),
    customerDomain: values.customerDomain.trim(),
    contactName: optional(values.contactName),
    contactEmail: optional(values.contactEmail),
    estimatedAmount: parseMoneyInput(values.estimatedAmount) ?? values.estimatedAmount,
    expectedCloseDate: values.expectedCloseDate,
    products: values.products,
    description: optional(values.description),
    territoryId: values.territoryId || null,
  };
}
