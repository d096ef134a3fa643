import AddRounded from "@mui/icons-material/AddRounded";
import Button from "@mui/material/Button";
import Chip from "@mui/material/Chip";
import Dialog from "@mui/material/Dialog";
import DialogActions from "@mui/material/DialogActions";
import DialogContent from "@mui/material/DialogContent";
import DialogTitle from "@mui/material/DialogTitle";
import List from "@mui/material/List";
import ListItem from "@mui/material/ListItem";
import ListItemText from "@mui/material/ListItemText";
import type { PlacedWidget, WidgetDefinition } from "./dashboard-model";

/** The catalogue of widgets this role may use, with what each one shows. */
export function AddWidgetDialog({
  open,
  catalog,
  placed,
  onAdd,
  onClose,
}: {
  open: boolean;
  catalog: readonly WidgetDefinition[];
  placed: readonly PlacedWidget[];
  onAdd: (definition: WidgetDefinition) => void;
  onClose: () => void;
}) {
  return (
    <Dialog
      open={open}
      onClose={onClose}
      fullWidth
      maxWidth="sm"
      aria-labelledby="add-widget-title"
    >
      <DialogTitle id="add-widget-title">Add a widget</DialogTitle>
      <DialogContent dividers sx={{ p: 0 }}>
        {catalog.length === 0 ? (
          <ListItem>
            <ListItemText primary="No widgets are available for your role yet." />
          </ListItem>
        ) : (
          <List disablePadding>
            {catalog.map((definition) => {
              const onDashboard = placed.filter((p) => p.widget === definition.id).length;
              return (
                <ListItem
                  key={definition.id}
                  divider
                  secondaryAction={
                    <Button
                      variant="outlined"
                      size="small"
                      startIcon={<AddRounded />}
                      onClick={() => onAdd(definition)}
                      aria-label={`Add ${definition.title}`}
                    >
                      Add
                    </Button>
                  }
                  sx={{ pr: 14, py: 1.5 }}
                >
                  <ListItemText
                    primary={
                      <>
                        {definition.title}
                        {onDashboard > 0 && (
                          <Chip
                            size="small"
                            label={
                              onDashboard === 1
                                ? "On your dashboard"
                                : `${onDashboard} on your dashboard`
                            }
                            sx={{ ml: 1 }}
                          />
                        )}
                      </>
                    }
                    secondary={definition.description}
                    slotProps={{ primary: { sx: { fontWeight: 600 } } }}
                  />
                </ListItem>
              );
            })}
          </List>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Close</Button>
      </DialogActions>
    </Dialog>
  );
}
