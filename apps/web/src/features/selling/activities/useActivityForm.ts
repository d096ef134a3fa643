import { useCallback, useRef, useState } from "react";
import { formServerError } from "./form-errors";
import {
  ACTIVITY_FORM_FIELDS,
  defaultTime,
  SERVER_FIELDS,
  validateActivityForm,
  type ActivityFormErrors,
  type ActivityFormField,
  type ActivityFormValues,
} from "./activity-form-model";
import type { ActivityType } from "@prm/domain";

/**
 * The state of an activity form: values, errors shown (a field is checked when it loses focus and
 * re-checked as it is fixed), and `check()` before saving, which focuses the first wrong field.
 */
export function useActivityForm(initial: () => ActivityFormValues) {
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<ActivityFormErrors>({});
  const [serverError, setServerError] = useState<string | null>(null);
  // Whether the seller picked the time themselves: a new type otherwise gets its own default.
  const timeTouched = useRef(false);
  const fields = useRef<Partial<Record<ActivityFormField, HTMLInputElement | null>>>({});

  function recheck(field: ActivityFormField, next: ActivityFormValues) {
    setErrors((current) => ({ ...current, [field]: validateActivityForm(next)[field] }));
  }

  function change(field: keyof ActivityFormValues, value: string) {
    let next: ActivityFormValues = { ...values, [field]: value };
    if (field === "type" && !timeTouched.current) {
      next = { ...next, at: defaultTime(value as ActivityType, new Date()) };
    }
    if (field === "at") timeTouched.current = true;
    setValues(next);
    const checked: ActivityFormField = field === "type" ? "at" : field;
    if (errors[checked] || field === "type") recheck(checked, next);
  }

  function blur(field: ActivityFormField) {
    recheck(field, values);
  }

  /** True when the values may be saved; else shows every problem and focuses the first. */
  function check(): boolean {
    const found = validateActivityForm(values);
    setErrors(found);
    setServerError(null);
    const first = ACTIVITY_FORM_FIELDS.find((field) => found[field]);
    if (first) fields.current[first]?.focus();
    return !first;
  }

  /** Shows a save failure beside the field it names, or above the form's buttons. */
  function showServerError(error: unknown) {
    const { message, field } = formServerError(error, SERVER_FIELDS);
    if (field) {
      setErrors((current) => ({ ...current, [field]: message }));
      fields.current[field]?.focus();
    } else {
      setServerError(message);
    }
  }

  function reset(next: ActivityFormValues) {
    timeTouched.current = false;
    setValues(next);
    setErrors({});
    setServerError(null);
  }

  const fieldRef = (field: ActivityFormField) => (element: HTMLInputElement | null) => {
    fields.current[field] = element;
  };

  const focus = useCallback((field: ActivityFormField) => fields.current[field]?.focus(), []);

  return {
    values,
    focus,
    errors,
    serverError,
    change,
    blur,
    check,
    showServerError,
    reset,
    fieldRef,
  };
}
