import type { z } from "zod";
import type { ParseIssue } from "@/lib/model/types";
import { issue, type Parsed } from "./result";

type Key = PropertyKey;
const DROP = Symbol("drop");
const MAX_PASSES = 8;

/**
 * Validate `input` against a (loose, all-optional) schema without losing the
 * rest of the file when one field is wrong: each failing field is removed and
 * reported by its path, then validation runs again (principle 3 of STYLE.md).
 * A missing *required* field removes its parent entry instead (e.g. an event
 * without `event_type`). Only the containers along the failing paths are
 * copied, so the input is never mutated.
 */
export function validateLenient<S extends z.ZodType>(
  schema: S,
  input: unknown,
  file: string,
): Parsed<z.output<S>> {
  const issues: ParseIssue[] = [];
  let current = input;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const r = schema.safeParse(current);
    if (r.success) return { value: r.data, issues };
    const paths: Key[][] = [];
    for (const zi of r.error.issues) {
      let path = zi.path as Key[];
      if (getAt(current, path) === undefined && path.length > 0) path = path.slice(0, -1);
      if (path.length === 0) {
        issues.push(issue(file, `top level: ${zi.message}`));
        return { value: null, issues };
      }
      const dropped = path.length === zi.path.length ? "field dropped" : "entry dropped";
      issues.push(issue(file, `${formatPath(zi.path as Key[])}: ${zi.message} (${dropped})`));
      paths.push(path);
    }
    current = removePaths(current, paths);
  }
  issues.push(issue(file, "could not repair the file's structure"));
  return { value: null, issues };
}

export function formatPath(path: readonly Key[]): string {
  let s = "";
  for (const k of path) {
    if (typeof k === "number") s += `[${k}]`;
    else {
      const key = String(k);
      s += /^[A-Za-z_$][\w$]*$/.test(key) ? (s ? "." : "") + key : `[${JSON.stringify(key)}]`;
    }
  }
  return s || "(root)";
}

function getAt(root: unknown, path: readonly Key[]): unknown {
  let node = root;
  for (const k of path) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<Key, unknown>)[k];
  }
  return node;
}

function removePaths(root: unknown, paths: Key[][]): unknown {
  const clones = new Map<object, Record<Key, unknown>>();
  const clone = (node: object): Record<Key, unknown> => {
    let c = clones.get(node);
    if (!c) {
      c = (Array.isArray(node) ? [...node] : { ...node }) as Record<Key, unknown>;
      clones.set(node, c);
    }
    return c;
  };
  if (root === null || typeof root !== "object") return root;
  const newRoot = clone(root);
  for (const path of paths) {
    let orig: unknown = root;
    let copy = newRoot;
    for (let i = 0; i < path.length - 1; i++) {
      const k = path[i] as Key;
      const child = (orig as Record<Key, unknown>)[k];
      if (child === null || typeof child !== "object") break;
      const childCopy = clone(child);
      copy[k] = childCopy;
      orig = child;
      copy = childCopy;
    }
    const last = path[path.length - 1] as Key;
    if (Array.isArray(copy)) copy[last as number] = DROP;
    else delete copy[last];
  }
  for (const c of clones.values()) {
    if (Array.isArray(c)) {
      let w = 0;
      for (let r = 0; r < c.length; r++) if (c[r] !== DROP) c[w++] = c[r];
      c.length = w;
    }
  }
  return newRoot;
}
