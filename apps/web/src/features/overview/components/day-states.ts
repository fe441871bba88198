import { calendarDayStateSchema, type CalendarDayState } from '@qo/contracts';
import type { StatusTone } from '@/components/ui/status-badge';

/** Each state's colour (tokens.css: one meaning per colour) and its icon, so colour is never alone. */
export const DAY_STATES: Record<CalendarDayState, { tone: StatusTone | 'none'; icon: string }> = {
  sent: { tone: 'ok', icon: '✓' },
  changed: { tone: 'warning', icon: '±' },
  failed: { tone: 'danger', icon: '✕' },
  blocked: { tone: 'danger', icon: '⊘' },
  not_transferred: { tone: 'neutral', icon: '○' },
  reversed: { tone: 'neutral', icon: '↩' },
  no_sales: { tone: 'none', icon: '–' },
};

/** The legend's order: the contract's, which goes from sent to no sales. */
export const STATE_ORDER = calendarDayStateSchema.options;
