import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Dialog from "@mui/material/Dialog";
import DialogActions from "@mui/material/DialogActions";
import DialogContent from "@mui/material/DialogContent";
import DialogTitle from "@mui/material/DialogTitle";
import useMediaQuery from "@mui/material/useMediaQuery";
import type { Theme } from "@mui/material/styles";
import { ACTIVITY_TYPE_LABELS, isTask } from "@prm/domain";
import { useId, useState } from "react";
import type { ActivityFieldsFragment } from "../../../gql/graphql";
import { ActivityFormFields, type ContactChoice } from "./ActivityFormFields";
import { fromLocalInput, toLocalInput, type ActivityFormValues } from "./activity-form-model";
import { useUpdateActivity } from "./mutations";
import { useActivityForm } from "./useActivityForm";

/** The form fills the dialog, so that its content scrolls between the title and the buttons. */
const FORM_IN_DIALOG = {
  display: "flex",
  flexDirection: "column",
  flex: "1 1 auto",
  minHeight: 0,
} as const;

function formValues(activity: ActivityFieldsFragment): ActivityFormValues {
  const at = isTask(activity.type) ? activity.dueAt : activity.occurredAt;
  return {
    type: activity.type,
    subject: activity.subject,
    body: activity.body ?? "",
    at: at ? toLocalInput(new Date(at)) : "",
    contactId: activity.contact?.id ?? "",
  };
}

/** Edits one of the viewer's own activities (its type stays). Mounted while open. */
export function EditActivityDialog({
  activity,
  contacts,
  onClose,
}: {
  activity: ActivityFieldsFragment;
  contacts: readonly ContactChoice[];
  onClose: (saved: boolean) => void;
}) {
  const titleId = useId();
  const fullScreen = useMediaQuery((theme: Theme) => theme.breakpoints.down("sm"));
  const [initial] = useState(() => formValues(activity));
  const form = useActivityForm(() => initial);
  const [update, { loading }] = useUpdateActivity();

  async function onSubmit(event: { preventDefault(): void }) {
    event.preventDefault();
    if (loading || !form.check()) return;
    const { values } = form;
    // The time is sent only when changed: the form shows it to the minute, the server keeps more.
    const at = values.at === initial.at ? undefined : fromLocalInput(values.at)!.toISOString();
    try {
      await update({
        variables: {
          input: {
            id: activity.id,
            subject: values.subject.trim(),
            body: values.body.trim() || null,
            contactId: values.contactId || null,
            ...(at === undefined ? {} : isTask(values.type) ? { dueAt: at } : { occurredAt: at }),
          },
        },
      });
      onClose(true);
    } catch (error) {
      form.showServerError(error);
    }
  }

  return (
    <Dialog
      open
      onClose={loading ? undefined : () => onClose(false)}
      aria-labelledby={titleId}
      fullWidth
      maxWidth="sm"
      fullScreen={fullScreen}
    >
      <Box component="form" noValidate onSubmit={onSubmit} sx={FORM_IN_DIALOG}>
        <DialogTitle id={titleId}>
          Edit {ACTIVITY_TYPE_LABELS[activity.type].toLowerCase()}
        </DialogTitle>
        {/* pt: the first field's label sits on its border, above the content's edge. */}
        <DialogContent sx={{ "&&": { pt: 1 } }}>
          <ActivityFormFields
            values={form.values}
            errors={form.errors}
            contacts={contacts}
            typeEditable={false}
            onChange={form.change}
            onBlur={form.blur}
            fieldRef={form.fieldRef}
          />
          {form.serverError && (
            <Alert severity="error" sx={{ mt: 1 }}>
              {form.serverError}
            </Alert>
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={() => onClose(false)} disabled={loading}>
            Cancel
          </Button>
          <Button type="submit" variant="contained" loading={loading}>
            Save changes
          </Button>
        </DialogActions>
      </Box>
    </Dialog>
  );
}
