import EditOutlined from "@mui/icons-material/EditOutlined";
import Alert from "@mui/material/Alert";
import AlertTitle from "@mui/material/AlertTitle";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import InputAdornment from "@mui/material/InputAdornment";
import Paper from "@mui/material/Paper";
import TextField from "@mui/material/TextField";
import Typography from "@mui/material/Typography";
import { OPPORTUNITY_FIELD_LIMITS, STAGE_LABELS, type OpportunityField } from "@prm/domain";
import { useId, useState, type ReactNode } from "react";
import { formatDate } from "../../../app/format/dates";
import { formatAmount } from "../../../app/format/money";
import { errorMessage, firstGraphQLError, hasErrorCode } from "../../../app/graphql-errors";
import type { OpportunityDetailFragment } from "../../../gql/graphql";
import { useUpdateOpportunity } from "./mutations";
import {
  changedFields,
  EDIT_FIELDS,
  EDIT_LABELS,
  editChanges,
  editValuesOf,
  rebaseDraft,
  todayUtc,
  type EditValues,
} from "./opportunity-edit";

type Detail = OpportunityDetailFragment;

function shownValue(field: keyof EditValues, values: EditValues): string {
  if (field === "amount") return formatAmount(values.amount);
  if (field === "expectedCloseDate") return formatDate(values.expectedCloseDate);
  return values[field] || "—";
}

/** What the person is editing: the opportunity as they saw it, and what they typed. */
interface Editing {
  base: EditValues;
  version: number;
  draft: EditValues;
  /** Someone else's version, after a save refused as stale. */
  theirs: {
    values: EditValues;
    version: number;
    stage: Detail["stage"];
    stageWas: Detail["stage"];
    /** Whether it may still be edited (not if they closed it). */
    editable: boolean;
  } | null;
}

/**
 * Name, amount, expected close date and next step, edited in place by who may. A save carries the
 * version the person saw: if someone changed the opportunity since, nothing is saved, their
 * values are shown beside the person's, and the person may apply theirs again on top.
 */
export function OpportunityDetails({
  opportunity,
  canEdit,
  reload,
  onSaved,
}: {
  opportunity: Detail;
  canEdit: boolean;
  /** Fetches the opportunity again (after a CONFLICT). */
  reload: () => Promise<Detail | null>;
  onSaved: (message: string) => void;
}) {
  const headingId = useId();
  const [editing, setEditing] = useState<Editing | null>(null);
  const [errors, setErrors] = useState<Partial<Record<OpportunityField, string>>>({});
  const [saveError, setSaveError] = useState<string | null>(null);
  const [update, { loading }] = useUpdateOpportunity();

  function startEditing() {
    const base = editValuesOf(opportunity);
    setEditing({ base, version: opportunity.version, draft: base, theirs: null });
    setErrors({});
    setSaveError(null);
  }

  async function save(current: Editing) {
    const { errors: invalid, changes } = editChanges(current.base, current.draft, todayUtc());
    setErrors(invalid);
    setSaveError(null);
    if (Object.keys(invalid).length > 0) return;
    if (Object.keys(changes).length === 0) {
      setEditing(null);
      return;
    }
    try {
      await update({
        variables: { input: { id: opportunity.id, version: current.version, ...changes } },
      });
      setEditing(null);
      onSaved("Your changes are saved.");
    } catch (error) {
      if (hasErrorCode(error, "CONFLICT")) {
        const fresh = await reload().catch(() => null);
        if (fresh) {
          const theirValues = editValuesOf(fresh);
          setEditing({
            ...current,
            draft: rebaseDraft(current.base, current.draft, theirValues),
            theirs: {
              values: theirValues,
              version: fresh.version,
              stage: fresh.stage,
              stageWas: opportunity.stage,
              editable: fresh.allowedActions.includes("EDIT"),
            },
          });
          return;
        }
      }
      const field = firstGraphQLError(error)?.extensions?.field;
      if (typeof field === "string" && (EDIT_FIELDS as readonly string[]).includes(field)) {
        setErrors({ [field]: errorMessage(error) });
      } else {
        setSaveError(errorMessage(error));
      }
    }
  }

  /** Apply the person's edits on top of the version someone else saved. */
  function reapply(current: Editing) {
    if (!current.theirs) return;
    const next: Editing = {
      base: current.theirs.values,
      version: current.theirs.version,
      draft: current.draft,
      theirs: null,
    };
    setEditing(next);
    void save(next);
  }

  const values = editValuesOf(opportunity);
  return (
    <Paper
      variant="outlined"
      component="section"
      aria-labelledby={headingId}
      sx={{ p: { xs: 2, sm: 3 } }}
    >
      <Box
        sx={{
          display: "flex",
          alignItems: "center",
          justifyContent: "space-between",
          gap: 1,
          mb: 2,
        }}
      >
        <Typography id={headingId} variant="h3" component="h2">
          Details
        </Typography>
        {canEdit && !editing && (
          <Button size="small" startIcon={<EditOutlined />} onClick={startEditing}>
            Edit
          </Button>
        )}
      </Box>
      {editing ? (
        <Box
          component="form"
          noValidate
          aria-label="Edit the opportunity"
          onSubmit={(e) => {
            e.preventDefault();
            void save(editing);
          }}
          sx={{ display: "grid", gap: 2, gridTemplateColumns: { xs: "1fr", sm: "1fr 1fr" } }}
        >
          {editing.theirs && (
            <ConflictNotice
              theirs={editing.theirs}
              base={editing.base}
              draft={editing.draft}
              busy={loading}
              onReapply={() => reapply(editing)}
              onDiscard={() => setEditing(null)}
            />
          )}
          {saveError && (
            <Alert severity="error" sx={{ gridColumn: "1 / -1" }}>
              {saveError}
            </Alert>
          )}
          <TextField
            label="Name"
            required
            value={editing.draft.name}
            onChange={(e) =>
              setEditing({ ...editing, draft: { ...editing.draft, name: e.target.value } })
            }
            error={Boolean(errors.name)}
            helperText={errors.name}
            slotProps={{ htmlInput: { maxLength: OPPORTUNITY_FIELD_LIMITS.name } }}
            sx={{ gridColumn: "1 / -1" }}
            autoFocus
          />
          <TextField
            label="Amount"
            required
            value={editing.draft.amount}
            onChange={(e) =>
              setEditing({ ...editing, draft: { ...editing.draft, amount: e.target.value } })
            }
            error={Boolean(errors.amount)}
            helperText={errors.amount}
            slotProps={{
              htmlInput: { inputMode: "decimal" },
              input: { startAdornment: <InputAdornment position="start">$</InputAdornment> },
            }}
          />
          <TextField
            label="Expected close date"
            type="date"
            required
            value={editing.draft.expectedCloseDate}
            onChange={(e) =>
              setEditing({
                ...editing,
                draft: { ...editing.draft, expectedCloseDate: e.target.value },
              })
            }
            error={Boolean(errors.expectedCloseDate)}
            helperText={errors.expectedCloseDate}
            slotProps={{ inputLabel: { shrink: true }, htmlInput: { min: todayUtc() } }}
          />
          <TextField
            label="Next step"
            multiline
            minRows={2}
            value={editing.draft.nextStep}
            onChange={(e) =>
              setEditing({ ...editing, draft: { ...editing.draft, nextStep: e.target.value } })
            }
            error={Boolean(errors.nextStep)}
            helperText={errors.nextStep ?? "What happens next, and when. Leave empty to clear it."}
            slotProps={{ htmlInput: { maxLength: OPPORTUNITY_FIELD_LIMITS.nextStep } }}
            sx={{ gridColumn: "1 / -1" }}
          />
          {!editing.theirs && (
            <Box sx={{ gridColumn: "1 / -1", display: "flex", gap: 1, justifyContent: "flex-end" }}>
              <Button onClick={() => setEditing(null)} disabled={loading}>
                Cancel
              </Button>
              <Button type="submit" variant="contained" loading={loading}>
                Save
              </Button>
            </Box>
          )}
        </Box>
      ) : (
        <Box
          component="dl"
          sx={{ m: 0, display: "grid", gap: 2, gridTemplateColumns: { xs: "1fr", sm: "1fr 1fr" } }}
        >
          <Field label="Name" wide>
            {values.name}
          </Field>
          <Field label="Amount">{formatAmount(values.amount)}</Field>
          <Field label="Expected close date">{formatDate(values.expectedCloseDate)}</Field>
          <Field label="Next step" wide>
            {opportunity.nextStep ? (
              <Box component="span" sx={{ whiteSpace: "pre-wrap" }}>
                {opportunity.nextStep}
              </Box>
            ) : (
              <Box component="span" sx={{ color: "text.secondary", fontWeight: 400 }}>
                None planned{canEdit ? " — edit to add one" : ""}
              </Box>
            )}
          </Field>
        </Box>
      )}
    </Paper>
  );
}

function ConflictNotice({
  theirs,
  base,
  draft,
  busy,
  onReapply,
  onDiscard,
}: {
  theirs: NonNullable<Editing["theirs"]>;
  base: EditValues;
  draft: EditValues;
  busy: boolean;
  onReapply: () => void;
  onDiscard: () => void;
}) {
  const theirChanges = changedFields(base, theirs.values);
  return (
    <Alert severity="warning" sx={{ gridColumn: "1 / -1" }} role="alert">
      <AlertTitle>Someone else changed this opportunity</AlertTitle>
      <Typography variant="body2" sx={{ mb: 1 }}>
        Nothing of yours was saved. It is now:
      </Typography>
      <Box component="ul" sx={{ m: 0, pl: 2.5, mb: 1 }}>
        {theirs.stage !== theirs.stageWas && (
          <li>
            <Typography variant="body2">
              <strong>Stage:</strong> {STAGE_LABELS[theirs.stage]}
            </Typography>
          </li>
        )}
        {(theirChanges.length > 0 ? theirChanges : EDIT_FIELDS).map((field) => (
          <li key={field}>
            <Typography variant="body2">
              <strong>{EDIT_LABELS[field]}:</strong> {shownValue(field, theirs.values)}
              {draft[field] !== theirs.values[field] && ` (yours: ${shownValue(field, draft)})`}
            </Typography>
          </li>
        ))}
      </Box>
      <Typography variant="body2" sx={{ mb: 1.5 }}>
        {theirs.editable
          ? "Your changes are still in the form below."
          : "It is closed now, so it can no longer be edited."}
      </Typography>
      <Box sx={{ display: "flex", gap: 1, flexWrap: "wrap" }}>
        {theirs.editable && (
          <Button variant="contained" size="small" onClick={onReapply} loading={busy}>
            Apply my changes again
          </Button>
        )}
        <Button size="small" color="inherit" onClick={onDiscard} disabled={busy}>
          {theirs.editable ? "Keep theirs" : "Close"}
        </Button>
      </Box>
    </Alert>
  );
}

/** One dt/dd pair in its own div (the only wrapper a <dl> allows); `wide` spans both columns. */
export function Field({
  label,
  children,
  wide = false,
}: {
  label: string;
  children: ReactNode;
  wide?: boolean;
}) {
  return (
    <Box sx={{ minWidth: 0, gridColumn: wide ? "1 / -1" : undefined }}>
      <Typography component="dt" variant="caption" color="text.secondary" sx={{ display: "block" }}>
        {label}
      </Typography>
      <Typography
        component="dd"
        variant="body2"
        sx={{ m: 0, fontWeight: 500, overflowWrap: "anywhere" }}
      >
        {children}
      </Typography>
    </Box>
  );
}
