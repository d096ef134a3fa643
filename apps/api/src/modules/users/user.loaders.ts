import { entityByIdLoader, perRequest, type RequestScope } from "../../common/per-request";
import { User } from "./user.entity";
import { UserType } from "./user.types";

/** Users by id, per request; references only (not scoped). */
export const userLoader = perRequest(({ db }) => entityByIdLoader(db, User));

/** The user a readable row refers to (its owner, decider, manager …), or null. */
export async function referencedUser(
  request: RequestScope,
  id: string | null,
): Promise<UserType | null> {
  const user = id ? await userLoader(request).load(id) : null;
  return user && UserType.from(user);
}
