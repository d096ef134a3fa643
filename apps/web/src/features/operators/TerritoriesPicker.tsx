import { useQuery } from "@apollo/client/react";
import Autocomplete from "@mui/material/Autocomplete";
import TextField from "@mui/material/TextField";
import { OperatorTerritoriesDocument } from "./documents";

export interface TerritoryChoice {
  id: string;
  name: string;
  /** From the root down, "EMEA › Germany". */
  path: string;
}

/** The organization's territories a person covers, each named by its place in the tree. */
export function TerritoriesPicker({
  value,
  onChange,
  error,
  helperText,
}: {
  value: readonly TerritoryChoice[];
  onChange: (territories: TerritoryChoice[]) => void;
  error?: boolean;
  helperText?: string;
}) {
  const { data, loading } = useQuery(OperatorTerritoriesDocument);
  const options = data?.territories ?? [];
  return (
    <Autocomplete
      multiple
      options={options}
      value={[...value]}
      loading={loading}
      onChange={(_, next) => onChange(next)}
      getOptionLabel={(option) => option.path}
      isOptionEqualToValue={(option, selected) => option.id === selected.id}
      noOptionsText={
        loading ? "Loading…" : "No territories yet: sales operations add them under Territories."
      }
      filterSelectedOptions
      slotProps={{ chip: { size: "small" } }}
      renderInput={(params) => (
        <TextField {...params} label="Territories" error={error} helperText={helperText} />
      )}
    />
  );
}

/** A filter by one territory (itself, not those under it), for the users list. */
export function useTerritoryChoices(): {
  territories: readonly TerritoryChoice[];
  loading: boolean;
} {
  const { data, loading } = useQuery(OperatorTerritoriesDocument);
  return { territories: data?.territories ?? [], loading };
}
