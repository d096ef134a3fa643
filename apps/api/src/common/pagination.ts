import { Field, Int, ObjectType, ArgsType } from "type-graphql";
import { Max, Min } from "class-validator";
import type { ClassType } from "type-graphql";
import { badInput } from "./errors";

@ObjectType()
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage: boolean;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 20, description: "Page size, 1–100." })
  @Min(1)
  @Max(100)
  first: number;

  @Field(() => String, { nullable: true, description: "The endCursor of the previous page." })
  after?: string | null;
}

export interface Connection<T> {
  edges: { node: T; cursor: string }[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** Builds `XConnection` / `XEdge` GraphQL types for a node type (Relay style). */
export function ConnectionType<T extends object>(Node: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field(() => Node)
    node: T;

    @Field(() => String)
    cursor: string;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionClass implements Connection<T> {
    @Field(() => [Edge])
    edges: Edge[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;

    @Field(() => Int)
    totalCount: number;
  }
  return ConnectionClass;
}

/** Cursors are opaque to clients: the sort key of the last row, encoded. */
export function encodeCursor(key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(key)).toString("base64url");
}

/**
 * A cursor's key, one part per check, each part as text; null when there is none. A cursor this
 * API did not make (wrong shape, or a part failing its check) is BAD_USER_INPUT on `after`,
 * before any of it reaches SQL.
 */
export function decodeCursor(
  cursor: string | null | undefined,
  parts: readonly ((part: string) => boolean)[],
): string[] | null {
  if (!cursor) return null;
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    key = null;
  }
  if (
    Array.isArray(key) &&
    key.length === parts.length &&
    key.every((k, i) => (typeof k === "string" || typeof k === "number") && parts[i]!(String(k)))
  ) {
    return key.map(String);
  }
  throw badInput("after", "The cursor is not valid; start again from the first page.");
}

/** A cursor part that may be any text (a name) PostgreSQL can take: no NUL character. */
export const anyText = (part: string) => part.length <= 1_000 && !part.includes("\u0000");

/** Turns `first + 1` fetched rows into a page. */
export function toConnection<R, T>(
  rows: R[],
  first: number,
  totalCount: number,
  toNode: (row: R) => T,
  keyOf: (row: R) => readonly (string | number)[],
): Connection<T> {
  const page = rows.slice(0, first);
  const edges = page.map((row) => ({ node: toNode(row), cursor: encodeCursor(keyOf(row)) }));
  return {
    edges,
    totalCount,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
  };
}
