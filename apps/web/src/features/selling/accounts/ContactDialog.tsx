import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Dialog from "@mui/material/Dialog";
import DialogActions from "@mui/material/DialogActions";
import DialogContent from "@mui/material/DialogContent";
import DialogContentText from "@mui/material/DialogContentText";
import DialogTitle from "@mui/material/DialogTitle";
import TextField from "@mui/material/TextField";
import useMediaQuery from "@mui/material/useMediaQuery";
import type { Theme } from "@mui/material/styles";
import { checkContactFields, type ContactField } from "@prm/domain";
import { useId, useRef, useState } from "react";
import type { ContactFieldsFragment } from "../../../gql/graphql";
import { formServerError } from "../activities/form-errors";
import { useCreateContact, useUpdateContact } from "./mutations";

type ContactValues = Record<ContactField, string>;
type ContactErrors = Partial<Record<ContactField, string>>;

const FIELDS: readonly ContactField[] = ["name", "title", "email", "phone"];
const SERVER_FIELDS: Readonly<Record<string, ContactField>> = {
  name: "name",
  title: "title",
  email: "email",
  phone: "phone",
};

const LABELS: Readonly<Record<ContactField, string>> = {
  name: "Name",
  title: "Job title",
  email: "Email",
  phone: "Phone",
};

/** The domain's check (the API's own) for each field, as the form shows it. */
/** The form fills the dialog, so that its content scrolls between the title and the buttons. */
const FORM_IN_DIALOG = {
  display: "flex",
  flexDirection: "column",
  flex: "1 1 auto",
  minHeight: 0,
} as const;

function validate(values: ContactValues): ContactErrors {
  const { errors } = checkContactFields(values);
  const found: ContactErrors = {};
  for (const error of errors) found[error.field] ??= error.message;
  return found;
}

/**
 * Adds a person to an account, or edits one (`contact`). Mounted while open; `onClose` says
 * what was saved.
 */
export function ContactDialog({
  accountId,
  accountName,
  contact,
  onClose,
}: {
  accountId: string;
  accountName: string;
  contact?: ContactFieldsFragment;
  onClose: (saved?: ContactFieldsFragment) => void;
}) {
  const titleId = useId();
  const fullScreen = useMediaQuery((theme: Theme) => theme.breakpoints.down("sm"));
  const [values, setValues] = useState<ContactValues>({
    name: contact?.name ?? "",
    title: contact?.title ?? "",
    email: contact?.email ?? "",
    phone: contact?.phone ?? "",
  });
  const [errors, setErrors] = useState<ContactErrors>({});
  const [serverError, setServerError] = useState<string | null>(null);
  const inputs = useRef<Partial<Record<ContactField, HTMLInputElement | null>>>({});
  const [create, creating] = useCreateContact();
  const [update, updating] = useUpdateContact();
  const busy = creating.loading || updating.loading;

  function change(field: ContactField, value: string) {
    const next = { ...values, [field]: value };
    setValues(next);
    if (errors[field]) setErrors((e) => ({ ...e, [field]: validate(next)[field] }));
  }

  async function onSubmit(event: { preventDefault(): void }) {
    event.preventDefault();
    if (busy) return;
    const found = validate(values);
    setErrors(found);
    setServerError(null);
    const first = FIELDS.find((field) => found[field]);
    if (first) {
      inputs.current[first]?.focus();
      return;
    }
    const fields = {
      name: values.name.trim(),
      title: values.title.trim() || null,
      email: values.email.trim() || null,
      phone: values.phone.trim() || null,
    };
    try {
      if (contact) {
        const { data } = await update({ variables: { input: { id: contact.id, ...fields } } });
        onClose(data?.updateContact);
      } else {
        const { data } = await create({ variables: { input: { accountId, ...fields } } });
        onClose(data?.createContact);
      }
    } catch (error) {
      const { message, field } = formServerError(error, SERVER_FIELDS);
      if (field) {
        setErrors((e) => ({ ...e, [field]: message }));
        inputs.current[field]?.focus();
      } else {
        setServerError(message);
      }
    }
  }

  function field(
    name: ContactField,
    props: { type?: string; autoComplete: string; inputMode?: "email" | "tel" },
  ) {
    return (
      <TextField
        name={name}
        autoFocus={name === "name"}
        label={LABELS[name]}
        required={name === "name"}
        type={props.type}
        autoComplete={props.autoComplete}
        value={values[name]}
        onChange={(e) => change(name, e.target.value)}
        onBlur={() => setErrors((e) => ({ ...e, [name]: validate(values)[name] }))}
        error={Boolean(errors[name])}
        helperText={errors[name] ?? " "}
        inputRef={(element: HTMLInputElement | null) => {
          inputs.current[name] = element;
        }}
        slotProps={{ htmlInput: { inputMode: props.inputMode } }}
        fullWidth
      />
    );
  }

  return (
    <Dialog
      open
      onClose={busy ? undefined : () => onClose()}
      aria-labelledby={titleId}
      fullWidth
      maxWidth="sm"
      fullScreen={fullScreen}
    >
      <Box component="form" noValidate onSubmit={onSubmit} sx={FORM_IN_DIALOG}>
        <DialogTitle id={titleId}>{contact ? `Edit ${contact.name}` : "Add a contact"}</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>
            {contact
              ? `Only your organization sees its contacts at ${accountName}.`
              : `Someone you talk to at ${accountName}. Only your organization sees its contacts.`}
          </DialogContentText>
          <Box
            sx={{
              display: "grid",
              columnGap: 2,
              rowGap: 1,
              gridTemplateColumns: { xs: "1fr", sm: "1fr 1fr" },
            }}
          >
            {field("name", { autoComplete: "off" })}
            {field("title", { autoComplete: "off" })}
            {field("email", { type: "email", autoComplete: "off", inputMode: "email" })}
            {field("phone", { type: "tel", autoComplete: "off", inputMode: "tel" })}
          </Box>
          {serverError && <Alert severity="error">{serverError}</Alert>}
        </DialogContent>
        <DialogActions>
          <Button onClick={() => onClose()} disabled={busy}>
            Cancel
          </Button>
          <Button type="submit" variant="contained" loading={busy}>
            {contact ? "Save changes" : "Add contact"}
          </Button>
        </DialogActions>
      </Box>
    </Dialog>
  );
}
