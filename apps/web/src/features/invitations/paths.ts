/** Where the links that `inviteUser` and `createPasswordResetLink` answer open the app. */
export const ACCEPT_INVITATION_PATH = "/accept-invitation";
export const RESET_PASSWORD_PATH = "/reset-password";
