import { useOverviewTranslation } from '../locales';
import { DAY_STATES, STATE_ORDER } from './day-states';

/** What each colour and icon of the calendar means, in words. */
export function CalendarLegend() {
  const { t } = useOverviewTranslation();
  return (
    <div className="overview-legend">
      <p className="overview-legend__title" id="overview-legend-title">
        {t('overview.calendar.legend')}
      </p>
      <ul aria-labelledby="overview-legend-title">
        {STATE_ORDER.map((state) => (
          <li key={state}>
            <span
              className={`overview-day overview-day--${DAY_STATES[state].tone} overview-legend__swatch`}
              aria-hidden="true"
            >
              {DAY_STATES[state].icon}
            </span>
            {t(`overview.calendar.states.${state}`)}
          </li>
        ))}
      </ul>
    </div>
  );
}
