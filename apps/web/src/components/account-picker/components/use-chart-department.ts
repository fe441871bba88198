import { useSearchParams } from 'react-router';

/**
 * The department whose PowerOffice chart the mapping pages check against, kept in the address
 * (`?avdeling=<id>`) so a link or reload keeps the choice; none = the first connected department.
 */
export function useChartDepartment(): [string | undefined, (id: string | undefined) => void] {
  const [params, setParams] = useSearchParams();
  const value = params.get('avdeling') ?? undefined;
  const set = (id: string | undefined) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (id) next.set('avdeling', id);
        else next.delete('avdeling');
        return next;
      },
      { replace: true },
    );
  return [value, set];
}
