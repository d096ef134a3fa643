import Alert from "@mui/material/Alert";
import Autocomplete from "@mui/material/Autocomplete";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Chip from "@mui/material/Chip";
import Grid from "@mui/material/Grid";
import InputAdornment from "@mui/material/InputAdornment";
import Paper from "@mui/material/Paper";
import TextField from "@mui/material/TextField";
import Typography from "@mui/material/Typography";
import { DEAL_FIELD_LIMITS, formatMoney, parseMoneyInput } from "@prm/domain";
import { useRef, useState, type FormEvent, type ReactNode } from "react";
import { Link as RouterLink } from "react-router";
import { ConflictHint } from "./ConflictHint";
import { TerritorySelect } from "./TerritorySelect";
import {
  FIELD_LABELS,
  FIELD_ORDER,
  todayUtc,
  validateAll,
  validateField,
  type DealFormErrors,
  type DealFormField,
  type DealFormValues,
} from "./deal-form-model";
import { useConflictCheck } from "./useConflictCheck";

export interface DealFormProps {
  /** The deal being edited, if any (so the conflict check leaves it out). */
  dealId?: string;
  initialValues: DealFormValues;
  /** Label of the secondary (save only) and primary (save and submit) buttons. */
  saveLabel: string;
  submitLabel: string;
  cancelTo: string;
  /** Saves; `submit` asks for the deal to go to the channel manager too. Throws on failure. */
  onSave: (values: DealFormValues, submit: boolean) => Promise<void>;
  /** A server error to show above the actions (with the field it names, if any). */
  serverError?: { message: string; field?: DealFormField } | null;
  busy?: boolean;
  banner?: ReactNode;
}

/** The register / edit form: inline validation that names the field, and the live conflict hint. */
export function DealForm({
  dealId,
  initialValues,
  saveLabel,
  submitLabel,
  cancelTo,
  onSave,
  serverError,
  busy = false,
  banner,
}: DealFormProps) {
  const [values, setValues] = useState(initialValues);
  const [errors, setErrors] = useState<DealFormErrors>({});
  const [productDraft, setProductDraft] = useState("");
  const fieldRefs = useRef<Partial<Record<DealFormField, HTMLElement | null>>>({});
  const conflictCheck = useConflictCheck(values.customerName, values.customerDomain, dealId);
  const today = todayUtc();

  function set<K extends DealFormField>(field: K, value: DealFormValues[K]) {
    setValues((current) => {
      const next = { ...current, [field]: value };
      // Once a field shows an error, it clears as soon as the input is fixed.
      if (errors[field]) {
        setErrors((e) => ({ ...e, [field]: validateField(field, next, today) }));
      }
      return next;
    });
  }

  function blur(field: DealFormField) {
    setErrors((e) => ({ ...e, [field]: validateField(field, values, today) }));
  }

  async function save(submit: boolean) {
    const products = productDraft.trim()
      ? [...values.products, productDraft.trim()]
      : values.products;
    const complete = { ...values, products };
    if (products !== values.products) {
      setValues(complete);
      setProductDraft("");
    }
    const found = validateAll(complete, today);
    setErrors(found);
    const first = FIELD_ORDER.find((field) => found[field]);
    if (first) {
      fieldRefs.current[first]?.focus();
      return;
    }
    await onSave(complete, submit);
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void save(true);
  }

  const serverFieldError = serverError?.field;
  function errorOf(field: DealFormField): string | undefined {
    return errors[field] ?? (serverFieldError === field ? serverError?.message : undefined);
  }

  function textField(
    field: DealFormField & Exclude<DealFormField, "products" | "territoryId">,
    props: {
      required?: boolean;
      type?: string;
      autoComplete?: string;
      helper?: string;
      multiline?: boolean;
      inputMode?: "decimal" | "email" | "url";
      startAdornment?: ReactNode;
      min?: string;
      onBlurFormat?: (value: string) => string;
    } = {},
  ) {
    const error = errorOf(field);
    return (
      <TextField
        fullWidth
        name={field}
        label={FIELD_LABELS[field]}
        required={props.required}
        type={props.type}
        multiline={props.multiline}
        minRows={props.multiline ? 3 : undefined}
        value={values[field]}
        onChange={(e) => set(field, e.target.value)}
        onBlur={() => {
          if (props.onBlurFormat) {
            const formatted = props.onBlurFormat(values[field]);
            if (formatted !== values[field]) setValues((v) => ({ ...v, [field]: formatted }));
          }
          blur(field);
        }}
        error={Boolean(error)}
        helperText={error ?? props.helper ?? " "}
        inputRef={(el: HTMLElement | null) => {
          fieldRefs.current[field] = el;
        }}
        autoComplete={props.autoComplete ?? "off"}
        slotProps={{
          inputLabel: props.type === "date" ? { shrink: true } : undefined,
          htmlInput: { inputMode: props.inputMode, min: props.min },
          input: props.startAdornment
            ? {
                startAdornment: (
                  <InputAdornment position="start">{props.startAdornment}</InputAdornment>
                ),
              }
            : undefined,
        }}
      />
    );
  }

  const productsError = errorOf("products");

  return (
    <Box
      component="form"
      noValidate
      onSubmit={onSubmit}
      aria-label="Deal registration"
      sx={{ maxWidth: 960 }}
    >
      {banner}
      <Paper variant="outlined" sx={{ p: { xs: 2, sm: 3 }, mb: 2 }}>
        <SectionTitle
          title="Customer"
          hint="Who the deal is with. We check at once whether another partner has claimed them."
        />
        <Grid container columnSpacing={2} rowSpacing={1}>
          <Grid size={{ xs: 12, sm: 6 }}>
            {textField("customerName", { required: true, autoComplete: "organization" })}
          </Grid>
          <Grid size={{ xs: 12, sm: 6 }}>
            {textField("customerDomain", {
              required: true,
              inputMode: "url",
              helper: "The customer's web site, e.g. acme.com",
            })}
          </Grid>
          <Grid size={12} sx={{ mt: -1 }}>
            <ConflictHint check={conflictCheck} />
          </Grid>
        </Grid>
      </Paper>
      <Paper variant="outlined" sx={{ p: { xs: 2, sm: 3 }, mb: 2 }}>
        <SectionTitle title="Contact" hint="Optional: the person you are talking to." />
        <Grid container columnSpacing={2} rowSpacing={1}>
          <Grid size={{ xs: 12, sm: 6 }}>{textField("contactName")}</Grid>
          <Grid size={{ xs: 12, sm: 6 }}>
            {textField("contactEmail", { type: "email", inputMode: "email" })}
          </Grid>
        </Grid>
      </Paper>
      <Paper variant="outlined" sx={{ p: { xs: 2, sm: 3 }, mb: 2 }}>
        <SectionTitle title="Deal" hint="What you expect to sell, and when." />
        <Grid container columnSpacing={2} rowSpacing={1}>
          <Grid size={{ xs: 12, sm: 6 }}>
            {textField("estimatedAmount", {
              required: true,
              inputMode: "decimal",
              startAdornment: "$",
              helper: "In US dollars",
              onBlurFormat: (v) => {
                const amount = parseMoneyInput(v);
                return amount === null ? v : formatMoney(amount).replace(/^\$/, "");
              },
            })}
          </Grid>
          <Grid size={{ xs: 12, sm: 6 }}>
            {textField("expectedCloseDate", { required: true, type: "date", min: today })}
          </Grid>
          <Grid size={12}>
            <Autocomplete
              multiple
              freeSolo
              options={[] as string[]}
              value={values.products}
              inputValue={productDraft}
              onInputChange={(_, value, reason) => {
                if (reason !== "reset") setProductDraft(value);
              }}
              onChange={(_, next) => {
                const cleaned = [...new Set(next.map((p) => p.trim()).filter(Boolean))];
                set("products", cleaned);
                setProductDraft("");
              }}
              onBlur={() => {
                if (productDraft.trim()) {
                  const next = [...new Set([...values.products, productDraft.trim()])];
                  setValues((v) => ({ ...v, products: next }));
                  setProductDraft("");
                  setErrors((e) => ({
                    ...e,
                    products: validateField("products", { ...values, products: next }),
                  }));
                } else {
                  blur("products");
                }
              }}
              renderValue={(selected, getItemProps) =>
                selected.map((option, index) => {
                  const { key, ...itemProps } = getItemProps({ index });
                  return <Chip key={key} size="small" label={option} {...itemProps} />;
                })
              }
              renderInput={(params) => (
                <TextField
                  {...params}
                  name="products"
                  label={FIELD_LABELS.products}
                  error={Boolean(productsError)}
                  helperText={
                    productsError ??
                    `Press Enter after each product (up to ${DEAL_FIELD_LIMITS.products.maxItems}).`
                  }
                  inputRef={(el: HTMLElement | null) => {
                    fieldRefs.current.products = el;
                  }}
                />
              )}
            />
          </Grid>
          <Grid size={{ xs: 12, sm: 6 }} sx={{ mt: 1 }}>
            <TerritorySelect
              label={FIELD_LABELS.territoryId}
              value={values.territoryId}
              onChange={(value) => set("territoryId", value)}
              error={errorOf("territoryId")}
            />
          </Grid>
          <Grid size={12} sx={{ mt: 1 }}>
            {textField("description", {
              multiline: true,
              helper: "Anything that helps your channel manager decide.",
            })}
          </Grid>
        </Grid>
      </Paper>
      {serverError && !serverError.field && (
        <Alert severity="error" sx={{ mb: 2 }}>
          {serverError.message}
        </Alert>
      )}
      <Box sx={{ display: "flex", flexWrap: "wrap", gap: 1, justifyContent: "flex-end" }}>
        <Button component={RouterLink} to={cancelTo} disabled={busy}>
          Cancel
        </Button>
        <Button variant="outlined" disabled={busy} onClick={() => void save(false)}>
          {saveLabel}
        </Button>
        <Button variant="contained" type="submit" disabled={busy} loading={busy}>
          {submitLabel}
        </Button>
      </Box>
    </Box>
  );
}

function SectionTitle({ title, hint }: { title: string; hint: string }) {
  return (
    <Box sx={{ mb: 2 }}>
      <Typography variant="h3" component="h2">
        {title}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {hint}
      </Typography>
    </Box>
  );
}
