import DataLoader from "dataloader";
import { In, type EntityManager } from "typeorm";

/** What per-request helpers need of a request (a Context has both). */
export interface RequestScope {
  db: EntityManager;
  /** Values made for this request only: see perRequest. */
  memo: Map<unknown, unknown>;
}

/**
 * Makes `create(request)` once per request and hands the same value back for that request only:
 * DataLoaders must never be shared across requests, or one tenant's rows would serve another.
 * Kept in the request's own `memo` (not keyed by the context object: Apollo hands resolvers a
 * shallow copy of it).
 */
export function perRequest<R extends RequestScope, T>(
  create: (request: R) => T,
): (request: R) => T {
  return (request) => {
    if (!request.memo.has(create)) request.memo.set(create, create(request));
    return request.memo.get(create) as T;
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
