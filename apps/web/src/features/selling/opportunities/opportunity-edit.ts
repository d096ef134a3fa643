import {
  checkOpportunityFields,
  type OpportunityField,
  type OpportunityFieldsInput,
  type OpportunityFieldValues,
} from "@prm/domain";

/** The fields edited in place, as the form holds them (text, as typed). */
export interface EditValues {
  name: string;
  amount: string;
  expectedCloseDate: string;
  nextStep: string;
}

export const EDIT_FIELDS = ["name", "amount", "expectedCloseDate", "nextStep"] as const;

export const EDIT_LABELS: Readonly<Record<OpportunityField, string>> = {
  name: "Name",
  amount: "Amount",
  expectedCloseDate: "Expected close date",
  nextStep: "Next step",
};

export function editValuesOf(o: {
  name: string;
  amount: string;
  expectedCloseDate: string;
  nextStep?: string | null;
}): EditValues {
  return {
    name: o.name,
    amount: o.amount,
    expectedCloseDate: o.expectedCloseDate,
    nextStep: o.nextStep ?? "",
  };
}

export function todayUtc(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/**
 * What the form changes on `base` (the opportunity as the person saw it), checked by the domain's
 * rules: only the fields that differ once normalized ("48,000" is the "48000.00" it was). An
 * unchanged expected close date is not checked, so one already past does not block other edits.
 */
export function editChanges(
  base: EditValues,
  draft: EditValues,
  today = todayUtc(),
): {
  errors: Partial<Record<OpportunityField, string>>;
  changes: Partial<OpportunityFieldValues>;
} {
  const input: OpportunityFieldsInput = {};
  for (const field of EDIT_FIELDS) {
    if (draft[field] !== base[field]) input[field] = draft[field];
  }
  const checked = checkOpportunityFields(input, { today });
  const baseline = checkOpportunityFields(
    { ...base, expectedCloseDate: undefined },
    { today },
  ).values;
  const changes: Partial<OpportunityFieldValues> = {};
  for (const field of EDIT_FIELDS) {
    if (!(field in checked.values)) continue;
    const value = checked.values[field];
    const was = field === "expectedCloseDate" ? base.expectedCloseDate : baseline[field];
    if (value !== was) Object.assign(changes, { [field]: value });
  }
  return {
    errors: Object.fromEntries(checked.errors.map((e) => [e.field, e.message])),
    changes,
  };
}

/** The fields whose values differ between two versions of the opportunity. */
export function changedFields(before: EditValues, after: EditValues): (keyof EditValues)[] {
  return EDIT_FIELDS.filter((field) => before[field] !== after[field]);
}

/**
 * The form after someone else saved first: what the person typed stays, every field they did not
 * touch shows the other person's value (so applying theirs again changes only what they meant to).
 */
export function rebaseDraft(base: EditValues, draft: EditValues, theirs: EditValues): EditValues {
  const mine = changedFields(base, draft);
  const pick = (field: keyof EditValues) => (mine.includes(field) ? draft[field] : theirs[field]);
  return {
    name: pick("name"),
    amount: pick("amount"),
    expectedCloseDate: pick("expectedCloseDate"),
    nextStep: pick("nextStep"),
  };
}
