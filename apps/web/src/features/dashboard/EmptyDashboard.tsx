import AddRounded from "@mui/icons-material/AddRounded";
import SpaceDashboardOutlined from "@mui/icons-material/SpaceDashboardOutlined";
import Button from "@mui/material/Button";
import Paper from "@mui/material/Paper";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";

export function EmptyDashboard({ onAdd, onReset }: { onAdd: () => void; onReset: () => void }) {
  return (
    <Paper variant="outlined" sx={{ p: 6, textAlign: "center" }}>
      <Stack spacing={2} alignItems="center">
        <SpaceDashboardOutlined color="disabled" sx={{ fontSize: 48 }} aria-hidden />
        <Typography variant="h2" component="h2">
          Your dashboard is empty
        </Typography>
        <Typography color="text.secondary">
          Add widgets from the catalogue, or go back to the default dashboard for your role.
        </Typography>
        <Stack direction="row" spacing={1.5}>
          <Button variant="contained" startIcon={<AddRounded />} onClick={onAdd}>
            Add widget
          </Button>
          <Button onClick={onReset}>Reset to default</Button>
        </Stack>
      </Stack>
    </Paper>
  );
}
