import { describe, expect, it } from 'vitest';
import { STAGES } from '../../../src/core/model';
import { deriveStage } from '../../../src/core/planner/derive-stage';
import type { AppEvent, EventKind, Stage } from '../api/types';
import { moveBetween, targetsFrom } from './board-moves';

/** The smallest event history that puts an application in a stage. */
const HISTORY: Record<Stage, EventKind[]> = {
  saved: [],
  applied: ['applied'],
  interviewing: ['applied', 'interview'],
  offer: ['applied', 'interview', 'offer'],
  rejected: ['applied', 'rejection'],
  withdrawn: ['applied', 'withdrawn'],
  ghosted: ['applied', 'ghosted'],
};

const events = (kinds: EventKind[]): AppEvent[] =>
  kinds.map((kind, i) => ({ id: `e${i}`, applicationId: 'a', kind, at: `2026-11-0${i + 1}T10:00:00Z`, note: null, source: 'manual', createdAt: '2026-11-01T10:00:00Z', data: {} }) as AppEvent);

describe('moveBetween', () => {
  it.each([
    ['applied', 'interviewing', 'interview'],
    ['saved', 'applied', 'applied'],
    ['interviewing', 'offer', 'offer'],
    ['applied', 'rejected', 'rejection'],
    ['offer', 'withdrawn', 'withdrawn'],
    ['applied', 'ghosted', 'ghosted'],
  ] as const)('moving %s to %s logs %s', (from, to, kind) => {
    expect(moveBetween(from, to)).toEqual({ ok: true, kind });
  });

  it('refuses to move back to saved, or back to applied after a later step, and says why', () => {
    expect(moveBetween('applied', 'saved')).toMatchObject({ ok: false });
    expect(moveBetween('rejected', 'applied')).toMatchObject({ ok: false, why: expect.stringContaining('timeline') });
  });

  it('every allowed move really lands the card in the target column', () => {
    for (const from of STAGES) {
      for (const to of targetsFrom(from, STAGES)) {
        const move = moveBetween(from, to);
        if (!move.ok) throw new Error('targetsFrom offered a refused move');
        const history = [...HISTORY[from], move.kind];
        expect(deriveStage(events(history), from === 'saved' ? null : '2026-11-01T10:00:00Z'), `${from} → ${to}`).toBe(to);
      }
    }
  });
});
