import { useQuery } from "@apollo/client/react";
import Autocomplete from "@mui/material/Autocomplete";
import Box from "@mui/material/Box";
import TextField from "@mui/material/TextField";
import Typography from "@mui/material/Typography";
import type { Role } from "@prm/domain";
import { useDeferredValue, useState } from "react";
import type { UsersFilter } from "../../gql/graphql";
import { PersonChoicesDocument } from "./documents";
import { ROLE_NAMES, type Person } from "./operators-model";

/**
 * One person of the organization, searched on the server as the administrator types: a manager,
 * a filter, or who takes over a departing person's work. `accepts` narrows what the filter cannot
 * say (several roles); `excludeIds` leaves out the person being edited.
 */
export function PersonPicker({
  label,
  value,
  onChange,
  filter,
  accepts,
  excludeIds = [],
  size = "medium",
  sx,
  error,
  helperText,
  autoFocus,
  noOptionsText = "Nobody matches",
}: {
  label: string;
  value: Person | null;
  onChange: (person: Person | null) => void;
  filter?: UsersFilter;
  accepts?: (role: Role) => boolean;
  excludeIds?: readonly string[];
  size?: "small" | "medium";
  sx?: object;
  error?: boolean;
  helperText?: string;
  autoFocus?: boolean;
  noOptionsText?: string;
}) {
  const [search, setSearch] = useState("");
  const deferred = useDeferredValue(search.trim());
  const { data, previousData, loading } = useQuery(PersonChoicesDocument, {
    variables: { filter: { ...filter, search: deferred || null }, first: accepts ? 50 : 20 },
    fetchPolicy: "cache-and-network",
  });
  const options: Person[] =
    (data ?? previousData)?.users.edges
      .map((edge) => edge.node)
      .filter((user) => !excludeIds.includes(user.id) && (!accepts || accepts(user.role))) ?? [];

  return (
    <Autocomplete
      size={size}
      sx={sx}
      options={options}
      value={value}
      loading={loading}
      onChange={(_, next) => onChange(next)}
      onInputChange={(_, text, reason) => {
        if (reason === "input" || reason === "clear") setSearch(text);
      }}
      getOptionLabel={(option) => option.name}
      isOptionEqualToValue={(option, selected) => option.id === selected.id}
      // The server has already matched the text: show its answer as it is.
      filterOptions={(all) => all}
      noOptionsText={loading ? "Searching…" : noOptionsText}
      renderOption={(props, option) => {
        const { key, ...rest } = props as typeof props & { key: string };
        return (
          <Box component="li" key={key} {...rest}>
            <Box sx={{ minWidth: 0 }}>
              <Typography variant="body2">{option.name}</Typography>
              <Typography variant="caption" color="text.secondary">
                {[option.role && ROLE_NAMES[option.role], option.email].filter(Boolean).join(" · ")}
              </Typography>
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
