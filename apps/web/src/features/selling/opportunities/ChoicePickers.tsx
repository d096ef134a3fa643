import { useQuery } from "@apollo/client/react";
import Autocomplete from "@mui/material/Autocomplete";
import Box from "@mui/material/Box";
import TextField from "@mui/material/TextField";
import Typography from "@mui/material/Typography";
import { mayOwnOpportunity, ROLE_LABELS } from "@prm/domain";
import { useDeferredValue, useState } from "react";
import { OwnerChoicesDocument, PartnerChoicesDocument } from "./documents";

/** How many matches a picker offers; typing narrows them on the server. */
const CHOICES = 20;

export interface Choice {
  id: string;
  name: string;
  /** A second line: an email, a role. */
  detail?: string;
}

/** A searchable pick of one record, the server narrowing the choices as the person types. */
function SearchPicker({
  label,
  value,
  onChange,
  options,
  loading,
  onSearch,
  size = "small",
  width,
  error,
  helperText,
  autoFocus,
}: {
  label: string;
  value: Choice | null;
  onChange: (choice: Choice | null) => void;
  options: readonly Choice[];
  loading: boolean;
  onSearch: (text: string) => void;
  size?: "small" | "medium";
  width?: object;
  error?: boolean;
  helperText?: string;
  autoFocus?: boolean;
}) {
  return (
    <Autocomplete
      size={size}
      sx={width}
      options={options}
      value={value}
      loading={loading}
      onChange={(_, next) => onChange(next)}
      onInputChange={(_, text, reason) => {
        if (reason === "input" || reason === "clear") onSearch(text);
      }}
      getOptionLabel={(option) => option.name}
      isOptionEqualToValue={(option, selected) => option.id === selected.id}
      // The server has already matched the text: show its answer as it is.
      filterOptions={(all) => all}
      noOptionsText={loading ? "Searching…" : "Nobody matches"}
      renderOption={(props, option) => {
        const { key, ...rest } = props as typeof props & { key: string };
        return (
          <Box component="li" key={key} {...rest}>
            <Box sx={{ minWidth: 0 }}>
              <Typography variant="body2">{option.name}</Typography>
              {option.detail && (
                <Typography variant="caption" color="text.secondary">
                  {option.detail}
                </Typography>
              )}
            </Box>
          </Box>
        );
      }}
      renderInput={(params) => (
        <TextField
          {...params}
          label={label}
          error={error}
          helperText={helperText}
          autoFocus={autoFocus}
        />
      )}
    />
  );
}

/**
 * One of the people the viewer may look up (their team, their organization, their partners'
 * people) who may own an opportunity: to filter by owner, or to reassign to.
 */
export function OwnerPicker({
  label,
  value,
  onChange,
  organizationId,
  activeOnly = false,
  excludeId,
  ...field
}: {
  label: string;
  value: Choice | null;
  onChange: (choice: Choice | null) => void;
  /** Only this organization's people (the vendor side, once a partner is chosen). */
  organizationId?: string | null;
  activeOnly?: boolean;
  /** Someone not to offer (the current owner, when reassigning). */
  excludeId?: string;
  size?: "small" | "medium";
  width?: object;
  error?: boolean;
  helperText?: string;
  autoFocus?: boolean;
}) {
  const [search, setSearch] = useState("");
  const deferred = useDeferredValue(search.trim());
  const { data, previousData, loading } = useQuery(OwnerChoicesDocument, {
    variables: {
      filter: {
        search: deferred || null,
        active: activeOnly ? true : null,
        organizationId: organizationId ?? null,
      },
      first: CHOICES,
    },
    fetchPolicy: "cache-and-network",
  });
  const options = (data ?? previousData)?.users.edges
    .map((edge) => edge.node)
    .filter((user) => mayOwnOpportunity(user.role) && user.id !== excludeId)
    .map((user) => ({ id: user.id, name: user.name, detail: ROLE_LABELS[user.role] }));
  return (
    <SearchPicker
      label={label}
      value={value}
      onChange={onChange}
      options={options ?? []}
      loading={loading}
      onSearch={setSearch}
      {...field}
    />
  );
}

/** One of the partners the viewer oversees. */
export function PartnerPicker({
  label,
  value,
  onChange,
  ...field
}: {
  label: string;
  value: Choice | null;
  onChange: (choice: Choice | null) => void;
  size?: "small" | "medium";
  width?: object;
}) {
  const [search, setSearch] = useState("");
  const deferred = useDeferredValue(search.trim());
  const { data, previousData, loading } = useQuery(PartnerChoicesDocument, {
    variables: { search: deferred || null, first: CHOICES },
    fetchPolicy: "cache-and-network",
  });
  const options = (data ?? previousData)?.partners.edges.map((edge) => edge.node);
  return (
    <SearchPicker
      label={label}
      value={value}
      onChange={onChange}
      options={options ?? []}
      loading={loading}
      onSearch={setSearch}
      {...field}
    />
  );
}
