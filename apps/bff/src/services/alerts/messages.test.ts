import type { AttentionProblem } from '@qo/contracts';
import { describe, expect, it } from 'vitest';
import { composeDigest, composeOpened, composeSolved } from './messages';

const failedDay: AttentionProblem = {
  key: 'day_failed:d-1:2026-01-05',
  kind: 'day_failed',
  severity: 'error',
  department: { id: 'd-1', name: 'Sentrum <Bar & Grill>' },
  businessDay: '2026-01-05',
  order: null,
  customer: null,
  since: '2026-01-06T05:31:00.000Z',
  failure: { code: 'refused', source: 'poweroffice', detail: 'Department 9 is not active', fix: null },
  count: null,
  privileges: [],
  step: null,
  reason: null,
  actions: [{ type: 'retry_day', departmentId: 'd-1', businessDay: '2026-01-05' }],
};

describe('alert e-mails', () => {
  it('say what happened, who said what and where to fix it, in bokmål', () => {
    const mail = composeOpened('https://b.example', { name: 'Eva', language: 'nb' }, failedDay);
    expect(mail.subject).toBe('Driftsdøgnet 05.01.2026 i Sentrum <Bar & Grill> ble ikke overført');
    expect(mail.text).toContain('PowerOffice GO svarte: «Department 9 is not active»');
    expect(mail.text).toContain(
      'Åpne i Quickorder: https://b.example/export?from=2026-01-05&to=2026-01-05&department=d-1',
    );
    expect(mail.text).toContain('Endre hvilke varsler du får: https://b.example/alerts');
  });

  it('escape every value in the HTML part', () => {
    const mail = composeOpened('https://b.example', { name: '<Eva>', language: 'en' }, failedDay);
    expect(mail.html).toContain('Sentrum &lt;Bar &amp; Grill&gt;');
    expect(mail.html).toContain('Hi &lt;Eva&gt;,');
    expect(mail.html).not.toContain('<Bar');
    expect(mail.html).toContain(
      'href="https://b.example/export?from=2026-01-05&amp;to=2026-01-05&amp;department=d-1"',
    );
  });

  it('tell of a solved problem, and list the day in a digest', () => {
    expect(composeSolved('https://b.example', { name: 'Rolf', language: 'en' }, failedDay).subject).toBe(
      'Solved: Business day 05.01.2026 of Sentrum <Bar & Grill> was not transferred',
    );
    const blocked: AttentionProblem = {
      ...failedDay,
      key: 'day_blocked:d-1:2026-01-06',
      kind: 'day_blocked',
      businessDay: '2026-01-06',
    };
    const digest = composeDigest('https://b.example', { name: 'Rolf', language: 'nb' }, '07.01.2026', [
      { problem: failedDay, solved: true },
      { problem: blocked, solved: false },
    ]);
    expect(digest.subject).toBe('Varsler 07.01.2026: 2 saker');
    expect(digest.text).toContain(
      '- [Løst] Driftsdøgnet 05.01.2026 i Sentrum <Bar & Grill> ble ikke overført',
    );
    expect(digest.text).toContain(
      '- [Åpen] Driftsdøgnet 06.01.2026 i Sentrum <Bar & Grill> kan ikke overføres',
    );
  });
});
