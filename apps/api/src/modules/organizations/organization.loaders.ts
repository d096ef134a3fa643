import { entityByIdLoader, perRequest, type RequestScope } from "../../common/per-request";
import { Organization } from "./organization.entity";
import { OrganizationType } from "./organization.types";

/** Organizations by id, per request; references only (not scoped). */
export const organizationLoader = perRequest(({ db }) => entityByIdLoader(db, Organization));

/** The organization a readable row belongs to (a deal's partner, a user's organization). */
export async function referencedOrganization(
  request: RequestScope,
  id: string,
): Promise<OrganizationType> {
  const organization = await organizationLoader(request).load(id);
  if (!organization) throw new Error(`Organization ${id} is missing`);
  return OrganizationType.from(organization);
}
