import { describe, expect, it } from 'vitest';
import { rowsFromAnalysis } from './analysis-contacts';

describe('rowsFromAnalysis', () => {
  it('pairs the first name with the first address and number', () => {
    expect(rowsFromAnalysis(['Jordan Lee'], ['jordan@x.example'], ['+16175550199'])).toEqual([{ name: 'Jordan Lee', email: 'jordan@x.example', phone: '+16175550199', role: 'hiring_manager' }]);
  });

  it('makes a row per address even without names', () => {
    expect(rowsFromAnalysis([], ['a@x.example', 'b@x.example'], []).map((r) => r.email)).toEqual(['a@x.example', 'b@x.example']);
  });

  it('makes no row for a name nobody can be reached at', () => {
    expect(rowsFromAnalysis(['Jordan Lee'], [], [])).toEqual([]);
  });

  it('stops at five rows', () => {
    expect(rowsFromAnalysis([], Array.from({ length: 9 }, (_, i) => `p${i}@x.example`), [])).toHaveLength(5);
  });
});
