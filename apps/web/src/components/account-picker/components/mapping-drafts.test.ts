import { describe, expect, it } from 'vitest';
import { dirtyIds, draftOf, issuesToFieldErrors, patch, withoutRows, type Patches } from './mapping-drafts';

type Row = { accountNo: number | null; transfer: boolean };
const saved: Row = { accountNo: 1900, transfer: true };

describe('mapping table drafts', () => {
  it('shows the saved row with the changes over it, and counts a row as dirty once', () => {
    let patches: Patches<Row> = {};
    patches = patch(patches, 'a', saved, { accountNo: 1920 });
    patches = patch(patches, 'a', saved, { transfer: false });
    expect(draftOf(patches, 'a', saved)).toEqual({ accountNo: 1920, transfer: false });
    expect(draftOf(patches, 'b', saved)).toEqual(saved);
    expect(dirtyIds(patches, ['b', 'a'])).toEqual(['a']);
  });

  it('forgets a change that is set back to the saved value', () => {
    let patches: Patches<Row> = patch({}, 'a', saved, { accountNo: 1920 });
    patches = patch(patches, 'a', saved, { accountNo: 1900 });
    expect(dirtyIds(patches, ['a'])).toEqual([]);
  });

  it('keeps the rows that failed to save and drops the saved ones', () => {
    let patches: Patches<Row> = patch({}, 'a', saved, { accountNo: 1 });
    patches = patch(patches, 'b', saved, { accountNo: 2 });
    expect(dirtyIds(withoutRows(patches, ['a']), ['a', 'b'])).toEqual(['b']);
  });

  it('puts the first issue of each field on that field', () => {
    const errors = issuesToFieldErrors([
      { path: ['name'], message: 'Oppgi et navn' },
      { path: ['name'], message: 'second' },
      { path: ['accountNo'], message: 'Velg en konto' },
    ]);
    expect(errors).toEqual({ name: 'Oppgi et navn', accountNo: 'Velg en konto' });
  });
});
