import MenuItem from "@mui/material/MenuItem";
import TextField from "@mui/material/TextField";
import ToggleButton from "@mui/material/ToggleButton";
import ToggleButtonGroup from "@mui/material/ToggleButtonGroup";
import Box from "@mui/material/Box";
import Typography from "@mui/material/Typography";
import { ACTIVITY_TYPE_LABELS, ACTIVITY_TYPES, type ActivityType } from "@prm/domain";
import { useId, type Ref } from "react";
import { ActivityTypeIcon } from "./ActivityTypeIcon";
import {
  timeLabel,
  type ActivityFormErrors,
  type ActivityFormField,
  type ActivityFormValues,
} from "./activity-form-model";

export interface ContactChoice {
  id: string;
  name: string;
  title?: string | null;
}

/**
 * The fields of an activity: its type (when logging; an activity keeps its type), subject, when it
 * happened or is due, who it was with and the details. Errors sit under the field they name.
 */
export function ActivityFormFields({
  values,
  errors,
  contacts,
  typeEditable,
  onChange,
  onBlur,
  fieldRef,
}: {
  values: ActivityFormValues;
  errors: ActivityFormErrors;
  contacts: readonly ContactChoice[];
  typeEditable: boolean;
  onChange: (field: keyof ActivityFormValues, value: string) => void;
  onBlur: (field: ActivityFormField) => void;
  fieldRef: (field: ActivityFormField) => Ref<HTMLInputElement>;
}) {
  const typeLabelId = useId();
  const chosenContactGone =
    values.contactId !== "" && !contacts.some((contact) => contact.id === values.contactId);
  return (
    <Box
      sx={{
        display: "grid",
        columnGap: 2,
        rowGap: 1,
        gridTemplateColumns: { xs: "1fr", sm: "1fr 1fr" },
      }}
    >
      {typeEditable && (
        <Box sx={{ gridColumn: "1 / -1", mb: 1 }}>
          <Typography
            id={typeLabelId}
            variant="caption"
            color="text.secondary"
            component="p"
            sx={{ mb: 0.5 }}
          >
            Type
          </Typography>
          <ToggleButtonGroup
            exclusive
            fullWidth
            size="small"
            color="primary"
            value={values.type}
            onChange={(_, next: ActivityType | null) => {
              if (next) onChange("type", next);
            }}
            aria-labelledby={typeLabelId}
          >
            {ACTIVITY_TYPES.map((type) => (
              <ToggleButton
                key={type}
                value={type}
                sx={{
                  gap: 0.75,
                  flexDirection: { xs: "column", sm: "row" },
                  textTransform: "none",
                  py: { xs: 0.75, sm: 0.5 },
                }}
              >
                <ActivityTypeIcon type={type} fontSize="small" />
                {ACTIVITY_TYPE_LABELS[type]}
              </ToggleButton>
            ))}
          </ToggleButtonGroup>
        </Box>
      )}
      <TextField
        sx={{ gridColumn: "1 / -1" }}
        name="subject"
        label="Subject"
        required
        value={values.subject}
        onChange={(e) => onChange("subject", e.target.value)}
        onBlur={() => onBlur("subject")}
        error={Boolean(errors.subject)}
        helperText={errors.subject ?? " "}
        inputRef={fieldRef("subject")}
        autoComplete="off"
      />
      <TextField
        name="at"
        type="datetime-local"
        label={timeLabel(values.type)}
        required
        value={values.at}
        onChange={(e) => onChange("at", e.target.value)}
        onBlur={() => onBlur("at")}
        error={Boolean(errors.at)}
        helperText={errors.at ?? " "}
        inputRef={fieldRef("at")}
        slotProps={{ inputLabel: { shrink: true } }}
      />
      <TextField
        name="contactId"
        select
        label="Contact"
        value={values.contactId}
        onChange={(e) => onChange("contactId", e.target.value)}
        error={Boolean(errors.contactId)}
        helperText={
          errors.contactId ?? (contacts.length === 0 ? "No contacts at this account yet" : " ")
        }
        inputRef={fieldRef("contactId")}
      >
        <MenuItem value="">
          <em>Nobody in particular</em>
        </MenuItem>
        {chosenContactGone && (
          <MenuItem value={values.contactId}>The contact chosen before</MenuItem>
        )}
        {contacts.map((contact) => (
          <MenuItem key={contact.id} value={contact.id}>
            {contact.title ? `${contact.name} · ${contact.title}` : contact.name}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        sx={{ gridColumn: "1 / -1" }}
        name="body"
        label="Details"
        multiline
        minRows={2}
        maxRows={10}
        value={values.body}
        onChange={(e) => onChange("body", e.target.value)}
        onBlur={() => onBlur("body")}
        error={Boolean(errors.body)}
        helperText={errors.body ?? "Optional: what was said, what was agreed"}
        inputRef={fieldRef("body")}
      />
    </Box>
  );
}
