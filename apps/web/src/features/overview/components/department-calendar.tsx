import type { CalendarDay, Department } from '@qo/contracts';
import { Link } from 'react-router';
import { formatBusinessDay, formatNok } from '@/lib/format';
import { getErrorMessage } from '@/lib/problem-message';
import { exportDayPath } from '@/config/action-paths';
import { useCalendar } from '../api/overview-api';
import { useOverviewTranslation } from '../locales';
import { DAY_STATES } from './day-states';
import { abbreviateKroner, leadingBlanks, monthLabel, osloToday, weekdayNames } from './month';

/**
 * A department's month: seven narrow columns (Monday first), each business day with its state's
 * colour, icon and word (the word in the link's name and the legend), and its gross abbreviated. A
 * day opens in Eksport; days to come are shown but lead nowhere.
 */
export function DepartmentCalendar({ department, month }: { department: Department; month: string }) {
  const { t, i18n } = useOverviewTranslation();
  const { data, error, isPending, refetch } = useCalendar(department.id, month);
  const language = i18n.language;
  const weekdays = weekdayNames(language);
  const label = t('overview.calendar.gridLabel', {
    department: department.name,
    month: monthLabel(month, language),
  });

  if (error) {
    return (
      <div className="alert alert--error" role="alert">
        <p>{t('overview.calendar.loadError', { department: department.name })}</p>
        <p>{getErrorMessage(error, t)}</p>
        <button type="button" className="button" onClick={() => void refetch()}>
          {t('overview.retry')}
        </button>
      </div>
    );
  }
  const days: (CalendarDay | null)[] = [
    ...Array.from({ length: leadingBlanks(month) }, () => null),
    ...(data?.days ?? []),
  ];
  const weeks: (CalendarDay | null)[][] = [];
  for (let i = 0; i < days.length; i += 7) weeks.push(days.slice(i, i + 7));
  const today = osloToday();

  return (
    <table className="overview-calendar" aria-label={label} aria-busy={isPending}>
      <thead>
        <tr>
          {weekdays.map((d) => (
            <th key={d.long} scope="col" abbr={d.long}>
              {d.short}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {isPending ? (
          <tr>
            <td colSpan={7} className="muted">
              {t('app.loading')}
            </td>
          </tr>
        ) : (
          weeks.map((week, w) => (
            <tr key={w}>
              {Array.from({ length: 7 }, (_, i) => week[i] ?? null).map((day, i) =>
                day ? (
                  <DayCell
                    key={day.businessDay}
                    day={day}
                    departmentId={department.id}
                    future={day.businessDay > today}
                  />
                ) : (
                  <td key={`blank-${i}`} />
                ),
              )}
            </tr>
          ))
        )}
      </tbody>
    </table>
  );
}

function DayCell({ day, departmentId, future }: { day: CalendarDay; departmentId: string; future: boolean }) {
  const { t, i18n } = useOverviewTranslation();
  const { tone, icon } = DAY_STATES[day.state];
  const state = t(`overview.calendar.states.${day.state}`);
  const date = formatBusinessDay(day.businessDay);
  // What is seen (day, icon, abbreviated amount) is hidden from screen readers, which read the
  // whole sentence instead: the link's name is that text, so what is seen never contradicts it.
  const content = (
    <span className="overview-day__face" aria-hidden="true">
      <span className="overview-day__date">{Number(day.businessDay.slice(8))}</span>
      <span className="overview-day__icon" aria-hidden="true">
        {icon}
      </span>
      <span className="overview-day__amount">
        {day.gross !== 0 ? abbreviateKroner(day.gross, i18n.language) : ''}
      </span>
    </span>
  );
  const className = `overview-day overview-day--${tone}${future ? ' overview-day--future' : ''}`;
  const amount = formatNok(day.gross);
  if (future || day.state === 'no_sales') {
    return (
      <td>
        <span className={className} title={state}>
          <span className="visually-hidden">{t('overview.calendar.dayLabel', { date, state, amount })}</span>
          {content}
        </span>
      </td>
    );
  }
  return (
    <td>
      <Link
        to={exportDayPath(departmentId, day.businessDay)}
        className={className}
        title={`${state} · ${amount}`}
        data-state={day.state}
      >
        <span className="visually-hidden">{t('overview.calendar.dayOpen', { date, state, amount })}</span>
        {content}
      </Link>
    </td>
  );
}
