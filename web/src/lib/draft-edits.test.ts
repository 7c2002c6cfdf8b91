import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clearDraftEdit, loadDraftEdit, saveDraftEdit, type EditStorage } from './draft-edits';

function memory(initial: Record<string, string> = {}): EditStorage & { values: Map<string, string> } {
  const values = new Map(Object.entries(initial));
  return {
    values,
    getItem: (key) => values.get(key) ?? null,
    setItem: (key, value) => void values.set(key, value),
    removeItem: (key) => void values.delete(key),
  };
}

const DRAFT = { subject: 'Following up', body: 'Hi Dana,\n\nDraft.' };

describe('draft edits', () => {
  it('gives back an edit saved for the same action, and none for another', () => {
    const storage = memory();
    saveDraftEdit(storage, 'a1', { subject: 'Following up', body: 'Hi Dana,\n\nMine.' }, DRAFT);
    expect(loadDraftEdit(storage, 'a1')).toEqual({ subject: 'Following up', body: 'Hi Dana,\n\nMine.' });
    expect(loadDraftEdit(storage, 'a2')).toBeNull();
  });

  it('forgets the edit when the text is back to the draft, or when cleared', () => {
    const storage = memory();
    saveDraftEdit(storage, 'a1', { ...DRAFT, body: 'Mine.' }, DRAFT);
    saveDraftEdit(storage, 'a1', DRAFT, DRAFT);
    expect(loadDraftEdit(storage, 'a1')).toBeNull();
    saveDraftEdit(storage, 'a1', { subject: null, body: 'Call notes' }, { subject: null, body: 'x' });
    clearDraftEdit(storage, 'a1');
    expect(storage.values.size).toBe(0);
  });

  it.each([
    ['not JSON', '{oops'],
    ['no body', '{"subject":"x"}'],
    ['a number for a subject', '{"subject":3,"body":"x"}'],
  ])('reads %s as no edit', (_name, raw) => {
    expect(loadDraftEdit(memory({ 'hearback.draft-edit.a1': raw }), 'a1')).toBeNull();
  });

  it('never throws on whatever else sits under its key', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.json()), (raw) => void loadDraftEdit(memory({ 'hearback.draft-edit.a1': raw }), 'a1')));
  });

  it('works without storage, and when storage throws', () => {
    const throwing: EditStorage = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('full');
      },
      removeItem: () => {
        throw new Error('denied');
      },
    };
    expect(() => saveDraftEdit(throwing, 'a1', { ...DRAFT, body: 'x' }, DRAFT)).not.toThrow();
    expect(loadDraftEdit(throwing, 'a1')).toBeNull();
    expect(loadDraftEdit(null, 'a1')).toBeNull();
    expect(() => clearDraftEdit(null, 'a1')).not.toThrow();
  });
});
