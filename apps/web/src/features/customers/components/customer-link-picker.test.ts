import { describe, expect, it } from 'vitest';
import { filterPowerOfficeCustomers, orgNoDiffers } from './customer-search';

const items = [
  { id: 1, number: 10001, name: 'Fjordkraft Catering AS', orgNo: '912345678', isActive: true },
  { id: 2, number: 10002, name: 'Bygdøy Seilforening', orgNo: null, isActive: true },
];

describe('filterPowerOfficeCustomers', () => {
  it('finds a customer by part of its name, its customer number or its org. number (spaces ignored)', () => {
    expect(filterPowerOfficeCustomers(items, 'seil').map((c) => c.id)).toEqual([2]);
    expect(filterPowerOfficeCustomers(items, '10001').map((c) => c.id)).toEqual([1]);
    expect(filterPowerOfficeCustomers(items, '912 345 678').map((c) => c.id)).toEqual([1]);
    expect(filterPowerOfficeCustomers(items, '  ')).toHaveLength(2);
    expect(filterPowerOfficeCustomers(items, 'finnes ikke')).toEqual([]);
  });
});

describe('orgNoDiffers', () => {
  it('warns only when both org. numbers are known and differ (spaces ignored)', () => {
    expect(orgNoDiffers('912 345 678', items[0]!)).toBe(false);
    expect(orgNoDiffers('987654321', items[0]!)).toBe(true);
    expect(orgNoDiffers(null, items[0]!)).toBe(false);
    expect(orgNoDiffers('987654321', items[1]!)).toBe(false);
    expect(orgNoDiffers('987654321', null)).toBe(false);
  });
});
