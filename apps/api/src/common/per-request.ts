import DataLoader from "dataloader";
import { In, type EntityManager } from "typeorm";

/** What per-request helpers need of a request: its database handle (a Context has it). */
export interface RequestScope {
  db: EntityManager;
}

/**
 * Makes `create(request)` once per request and hands the same value back for that request only:
 * DataLoaders must never be shared across requests, or one tenant's rows would serve another.
 * Keyed by the request's context object, so it is forgotten with the request.
 */
export function perRequest<R extends RequestScope, T>(
  create: (request: R) => T,
): (request: R) => T {
  const made = new WeakMap<R, T>();
  return (request) => {
    let value = made.get(request);
    if (value === undefined) {
      value = create(request);
      made.set(request, value);
    }
    return value;
  };
}

/**
 * A batch loader of one entity by id. NOT scoped: use it only to follow a reference from a row
 * the viewer may already read (a user's organization, a deal's owner, …).
 */
export function entityByIdLoader<T extends { id: string }>(db: EntityManager, entity: new () => T) {
  return new DataLoader<string, T | null>(async (ids) => {
    const rows = await db.getRepository(entity).findBy({ id: In([...ids]) } as never);
    const byKey = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byKey.get(id) ?? null);
  });
}
