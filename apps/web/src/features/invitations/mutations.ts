import { useMutation } from "@apollo/client/react";
import { AcceptInvitationDocument, ResetPasswordDocument } from "./documents";

// Both start a new session: the page hands its user to the session, which forgets every cached
// answer of whoever was signed in before (SessionProvider's startSession), so nothing is evicted.

export function useAcceptInvitation() {
  return useMutation(AcceptInvitationDocument);
}

export function useResetPassword() {
  return useMutation(ResetPasswordDocument);
}
