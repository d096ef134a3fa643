import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import { ACTIVITY_TYPE_LABELS, isTask, type ActivityType } from "@prm/domain";
import { useEffect, type FormEvent } from "react";
import type { ActivityFieldsFragment } from "../../../gql/graphql";
import { ActivityFormFields, type ContactChoice } from "./ActivityFormFields";
import { activityInput, emptyActivityForm } from "./activity-form-model";
import { useLogActivity } from "./mutations";
import { useActivityForm } from "./useActivityForm";

/** What an activity hangs on: an opportunity (and so its account) or an account. */
export type ActivityTarget = { opportunityId: string } | { accountId: string };

/** "Log call", "Save note", "Add task": what the form's main button does. */
export function logLabel(type: ActivityType): string {
  if (isTask(type)) return "Add task";
  if (type === "NOTE") return "Save note";
  return `Log ${ACTIVITY_TYPE_LABELS[type].toLowerCase()}`;
}

/** Logs a call, email, meeting or note, or adds a task, on `target`. */
export function LogActivityForm({
  target,
  contacts,
  onLogged,
  onCancel,
}: {
  target: ActivityTarget;
  contacts: readonly ContactChoice[];
  onLogged: (activity: ActivityFieldsFragment) => void;
  onCancel: () => void;
}) {
  const form = useActivityForm(() => emptyActivityForm("CALL", new Date()));
  const [log, { loading }] = useLogActivity();
  const { focus } = form;
  // The form opens on a click: the seller types the subject next.
  useEffect(() => focus("subject"), [focus]);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading || !form.check()) return;
    try {
      const { data } = await log({
        variables: { input: { ...target, ...activityInput(form.values) } },
      });
      if (!data) return;
      form.reset(emptyActivityForm(form.values.type, new Date()));
      onLogged(data.logActivity);
    } catch (error) {
      form.showServerError(error);
    }
  }

  return (
    <Box component="form" noValidate onSubmit={onSubmit} aria-label="Log activity">
      <ActivityFormFields
        values={form.values}
        errors={form.errors}
        contacts={contacts}
        typeEditable
        onChange={form.change}
        onBlur={form.blur}
        fieldRef={form.fieldRef}
      />
      {form.serverError && (
        <Alert severity="error" sx={{ mt: 1 }}>
          {form.serverError}
        </Alert>
      )}
      <Box sx={{ display: "flex", justifyContent: "flex-end", gap: 1, mt: 1 }}>
        <Button onClick={onCancel} disabled={loading}>
          Cancel
        </Button>
        <Button type="submit" variant="contained" loading={loading}>
          {logLabel(form.values.type)}
        </Button>
      </Box>
    </Box>
  );
}
