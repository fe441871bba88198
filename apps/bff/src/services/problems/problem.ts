import type { AttentionProblem } from '@qo/contracts';

/** A problem with every optional field empty; `fields` sets what the kind has. */
export function problem(
  fields: Pick<AttentionProblem, 'key' | 'kind' | 'severity' | 'actions'> & Partial<AttentionProblem>,
): AttentionProblem {
  return {
    department: null,
    businessDay: null,
    order: null,
    customer: null,
    since: null,
    failure: null,
    count: null,
    privileges: [],
    step: null,
    reason: null,
    ...fields,
  };
}

export const departmentRef = (d: { id: string; name: string }) => ({ id: d.id, name: d.name });

/** Errors first, then the oldest first (unknown `since` last), then by key: a stable order. */
export function sortProblems(problems: AttentionProblem[]): AttentionProblem[] {
  const rank = (p: AttentionProblem) => (p.severity === 'error' ? 0 : 1);
  return problems.sort(
    (a, b) =>
      rank(a) - rank(b) ||
      (a.since === b.since ? 0 : a.since === null ? 1 : b.since === null ? -1 : a.since < b.since ? -1 : 1) ||
      (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
}
