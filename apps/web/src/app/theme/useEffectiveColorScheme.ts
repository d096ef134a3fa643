import { useColorScheme } from "@mui/material/styles";

/** "light" or "dark" as shown right now (resolving "system"). */
export function useEffectiveColorScheme(): "light" | "dark" {
  const { mode, systemMode } = useColorScheme();
  const effective = mode === "system" ? systemMode : mode;
  return effective === "dark" ? "dark" : "light";
}
