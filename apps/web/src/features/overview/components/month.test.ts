import { describe, expect, it } from 'vitest';
import { abbreviateKroner, addMonths, isMonth, leadingBlanks, osloToday } from './month';

describe('the calendar month arithmetic', () => {
  it('steps across years', () => {
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(addMonths('2025-12', 1)).toBe('2026-01');
    expect(addMonths('2026-02', 13)).toBe('2027-03');
  });

  it('starts the week on Monday', () => {
    expect(leadingBlanks('2026-06')).toBe(0); // 1 June 2026 is a Monday
    expect(leadingBlanks('2026-02')).toBe(6); // 1 February 2026 is a Sunday
  });

  it('accepts only real months in the range the BFF takes', () => {
    expect(isMonth('2026-02')).toBe(true);
    for (const bad of ['2026-13', '2026-2', '1999-12', 'feb', null]) expect(isMonth(bad)).toBe(false);
  });

  it('takes today in Oslo, not in the browser zone', () => {
    expect(osloToday(new Date('2026-03-14T23:30:00Z'))).toBe('2026-03-15');
  });

  it('abbreviates whole kroner for a narrow cell', () => {
    expect(abbreviateKroner(1_234_500, 'nb')).toBe('12,3k');
    expect(abbreviateKroner(9_900, 'nb')).toBe('99');
    expect(abbreviateKroner(1_234_500, 'en')).toBe('12.3k');
  });
});
