import type { MappingProblem } from '@qo/contracts';

/** A mapping's problems, errors and warnings alike, so nothing wrong is ever silent. */
export function MappingProblems({ problems }: { problems: readonly MappingProblem[] }) {
  if (problems.length === 0) return null;
  return (
    <ul className="mapping-problems">
      {problems.map((p) => (
        <li key={`${p.code}-${p.field ?? ''}`} className={p.severity === 'error' ? 'field__error' : 'muted'}>
          {p.severity === 'warning' ? '⚠ ' : ''}
          {p.message}
        </li>
      ))}
    </ul>
  );
}
