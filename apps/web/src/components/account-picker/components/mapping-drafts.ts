/*
 * The unsaved edits of a mapping table, kept as a patch per row over what the BFF last said. Pure
 * functions (tested in mapping-drafts.test.ts); `useMappingDrafts` holds them in React state.
 */

export type FieldErrors = Partial<Record<string, string>>;

/** Per row id: the fields the user changed, with their new values. */
export type Patches<D> = Readonly<Record<string, Partial<D>>>;

/** The row as edited: the saved values with the user's changes over them. */
export function draftOf<D extends object>(patches: Patches<D>, id: string, saved: D): D {
  return { ...saved, ...patches[id] };
}

/** A change of one field; a field changed back to its saved value is no longer a change. */
export function patch<D extends object>(
  patches: Patches<D>,
  id: string,
  saved: D,
  change: Partial<D>,
): Patches<D> {
  const next: Partial<D> = { ...patches[id], ...change };
  for (const key of Object.keys(change) as (keyof D)[]) {
    if (Object.is(next[key], saved[key])) delete next[key];
  }
  const { [id]: _old, ...rest } = patches;
  return Object.keys(next).length === 0 ? rest : { ...rest, [id]: next };
}

/** The rows with changes, in the order of `ids` (the table's order). */
export function dirtyIds<D>(patches: Patches<D>, ids: readonly string[]): string[] {
  return ids.filter((id) => patches[id] !== undefined);
}

/** Drops the rows whose changes were saved; a failed row keeps its changes. */
export function withoutRows<D>(patches: Patches<D>, saved: readonly string[]): Patches<D> {
  const next = { ...patches };
  for (const id of saved) delete next[id];
  return next;
}

/** zod-style issues (`path`, `message`) as one message per top-level field, the first one winning. */
export function issuesToFieldErrors(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const field = String(issue.path[0] ?? '');
    if (errors[field] === undefined) errors[field] = issue.message;
  }
  return errors;
}
