import { isClosedStage, STAGE_LABELS, type ClosedStage, type OpportunityStage } from "@prm/domain";
import { useState, type ReactNode } from "react";
import { errorMessage, hasErrorCode } from "../../../app/graphql-errors";
import { CloseOpportunityDialog, type CloseChoice } from "./CloseOpportunityDialog";
import { useMoveOpportunityStage } from "./mutations";

export interface MovableOpportunity {
  id: string;
  name: string;
  amount: string;
  version: number;
}

export type MoveOutcome =
  | { severity: "success"; message: string }
  | { severity: "error"; message: string; conflict: boolean };

/** What the outcome of a move says, for a status line read out to screen readers too. */
function movedMessage(name: string, stage: OpportunityStage): string {
  if (stage === "CLOSED_WON") return `${name} is closed as won.`;
  if (stage === "CLOSED_LOST") return `${name} is closed as lost.`;
  return `${name} moved to ${STAGE_LABELS[stage]}.`;
}

/**
 * Moving an opportunity to another stage, from a board or its page: an open stage at once, a
 * closed one through the dialog (lost asks why). Each move carries the version the viewer saw, so
 * a move over someone else's change is refused (CONFLICT) and `onOutcome` says so.
 */
export function useStageMove(onOutcome: (outcome: MoveOutcome) => void) {
  const [move, { loading }] = useMoveOpportunityStage();
  const [pendingId, setPendingId] = useState<string | null>(null);
  const [closing, setClosing] = useState<{
    opportunity: MovableOpportunity;
    stage: ClosedStage;
  } | null>(null);
  const [dialogError, setDialogError] = useState<string | null>(null);

  async function run(
    opportunity: MovableOpportunity,
    stage: OpportunityStage,
    choice: CloseChoice = { lossReason: null, lossNote: null },
    inDialog = false,
  ): Promise<boolean> {
    setPendingId(opportunity.id);
    try {
      await move({
        variables: {
          input: {
            id: opportunity.id,
            stage,
            version: opportunity.version,
            lossReason: choice.lossReason,
            lossNote: choice.lossNote,
          },
        },
      });
      onOutcome({ severity: "success", message: movedMessage(opportunity.name, stage) });
      return true;
    } catch (error) {
      const conflict = hasErrorCode(error, "CONFLICT");
      // A refusal the seller can fix (e.g. the note too long) stays in the dialog.
      if (inDialog && !conflict) {
        setDialogError(errorMessage(error));
        return false;
      }
      if (inDialog) setClosing(null);
      onOutcome({
        severity: "error",
        conflict,
        message: conflict
          ? `Someone else changed ${opportunity.name} in the meantime: it was not moved. What you see now is its latest state.`
          : errorMessage(error),
      });
      return false;
    } finally {
      setPendingId(null);
    }
  }

  function request(opportunity: MovableOpportunity, stage: OpportunityStage) {
    if (isClosedStage(stage)) {
      setDialogError(null);
      setClosing({ opportunity, stage });
    } else {
      void run(opportunity, stage);
    }
  }

  const dialog: ReactNode = closing && (
    <CloseOpportunityDialog
      key={`${closing.opportunity.id}-${closing.stage}`}
      opportunity={closing.opportunity}
      stage={closing.stage}
      busy={loading}
      error={dialogError}
      onClose={() => setClosing(null)}
      onConfirm={(choice) => {
        void run(closing.opportunity, closing.stage, choice, true).then((moved) => {
          if (moved) setClosing(null);
        });
      }}
    />
  );

  return { request, dialog, pendingId };
}
