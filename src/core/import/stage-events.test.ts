import { describe, expect, it } from 'vitest';
import type { ParsedDate } from './date-value';
import { eventsForStage } from './stage-events';
import type { EarlierImport, RowDates } from './stage-events';

const day = (date: string, hasTime = false): ParsedDate => ({ at: `${date}T12:00:00Z`, date, hasTime });
const none: RowDates = {
  appliedAt: null,
  savedAt: null,
  statusAt: null,
  interviewAt: null,
  offerAt: null,
  rejectedAt: null,
};
const now = '2026-01-15T10:00:00Z';
const run = (stage: Parameters<typeof eventsForStage>[0]['stage'], dates: Partial<RowDates>) =>
  eventsForStage({
    stage,
    dates: { ...none, ...dates },
    origin: 'Teal, line 4',
    statusText: 'Whatever',
    now,
  });
const kindsAt = (result: ReturnType<typeof run>) =>
  result.events.map((e) => `${e.kind}@${e.at.slice(0, 10)}`);

describe('eventsForStage', () => {
  it.each([
    ['gives a saved job no events', 'saved', { savedAt: day('2024-11-01') }, []],
    [
      'dates an application at the application date',
      'applied',
      { appliedAt: day('2024-11-20') },
      ['applied@2024-11-20'],
    ],
    [
      'dates an application at the status date when there is no application date',
      'applied',
      { statusAt: day('2024-11-21') },
      ['applied@2024-11-21'],
    ],
    [
      'gives an interviewing row an application and an interview',
      'interviewing',
      { appliedAt: day('2024-11-13'), interviewAt: day('2024-12-02') },
      ['applied@2024-11-13', 'interview@2024-12-02'],
    ],
    [
      'dates the interview at the status date when there is no interview date',
      'interviewing',
      { appliedAt: day('2024-11-13'), statusAt: day('2024-12-02') },
      ['applied@2024-11-13', 'interview@2024-12-02'],
    ],
    [
      'lists an interview before an offer only when the file dates one',
      'offer',
      { appliedAt: day('2024-09-04'), offerAt: day('2024-10-01') },
      ['applied@2024-09-04', 'offer@2024-10-01'],
    ],
    [
      'keeps a dated interview before a rejection',
      'rejected',
      { appliedAt: day('2024-10-03'), interviewAt: day('2024-10-10'), rejectedAt: day('2024-10-20') },
      ['applied@2024-10-03', 'interview@2024-10-10', 'rejection@2024-10-20'],
    ],
    [
      'dates a withdrawal at the status date',
      'withdrawn',
      { appliedAt: day('2024-07-02'), statusAt: day('2024-07-09') },
      ['applied@2024-07-02', 'withdrawn@2024-07-09'],
    ],
    [
      'gives a ghosted row a ghosted event',
      'ghosted',
      { appliedAt: day('2024-06-03'), statusAt: day('2024-07-03') },
      ['applied@2024-06-03', 'ghosted@2024-07-03'],
    ],
  ] as const)('%s', (_name, stage, dates, expected) => {
    const result = run(stage, dates);
    expect(kindsAt(result)).toEqual(expected);
    expect(result.warnings).toEqual([]);
  });

  it.each([
    [
      'an undated application before a dated interview takes the interview date',
      'interviewing',
      { interviewAt: day('2024-12-02') },
      ['applied@2024-12-02', 'interview@2024-12-02'],
      'no date for the application; dated at the interview date, the nearest date it gives',
    ],
    [
      'an undated rejection after a dated application takes the application date',
      'rejected',
      { appliedAt: day('2024-10-03') },
      ['applied@2024-10-03', 'rejection@2024-10-03'],
      'no date for the rejection; dated at the application date, the nearest date it gives',
    ],
    [
      'an undated application with only a saved date takes the saved date',
      'applied',
      { savedAt: day('2024-11-01') },
      ['applied@2024-11-01'],
      'no date for the application; dated at the date the job was saved, the only date it gives',
    ],
    [
      'an application with no date at all is dated at the import',
      'applied',
      {},
      ['applied@2026-01-15'],
      'no date for the application; dated at the import',
    ],
  ] as const)('%s', (_name, stage, dates, expected, warning) => {
    const result = run(stage, dates);
    expect(kindsAt(result)).toEqual(expected);
    expect(result.warnings).toContain(warning);
  });

  it('marks every event as imported, names the row and status, and says how it was dated', () => {
    const { events } = run('rejected', { appliedAt: day('2024-10-03', true) });
    expect(events).toEqual([
      {
        kind: 'applied',
        at: '2024-10-03T12:00:00Z',
        source: 'import',
        data: {},
        note: 'Imported from Teal, line 4 (status "Whatever").',
      },
      {
        kind: 'rejection',
        at: '2024-10-03T12:00:00Z',
        source: 'import',
        data: {},
        note: 'Imported from Teal, line 4 (status "Whatever"). The file gives no date for the rejection; dated at the application date, the nearest date it gives.',
      },
    ]);
  });

  it('says when a date had no time of day, and gives interviews and ghosted events their data', () => {
    const interview = run('interviewing', { appliedAt: day('2024-11-13'), interviewAt: day('2024-12-02') })
      .events[1];
    expect(interview).toMatchObject({
      note: 'Imported from Teal, line 4 (status "Whatever"). The file gives the date only; the time is set to 12:00.',
      data: { interviewerIds: [], discussed: [], nextStepDate: null },
    });
    expect(run('ghosted', { appliedAt: day('2024-06-03') }).events[1]?.data).toEqual({
      actionId: null,
      actionKind: null,
      step: null,
    });
  });
});

describe('eventsForStage on a re-import', () => {
  const dec01 = '2024-12-01T15:00:00Z';
  const rerun = (
    stage: Parameters<typeof eventsForStage>[0]['stage'],
    dates: Partial<RowDates>,
    earlier: Partial<EarlierImport>,
  ) =>
    eventsForStage({
      stage,
      dates: { ...none, ...dates },
      origin: 'Teal, line 4',
      statusText: 'Whatever',
      now: '2024-12-10T15:00:00Z',
      earlier: { importedAt: dec01, steps: [], latestRecordedAt: null, ...earlier },
    });

  it.each([
    [
      'dates an interview first seen now no earlier than the import that still said applied',
      'interviewing',
      { appliedAt: day('2024-11-01') },
      { steps: [{ kind: 'applied', at: '2024-11-01T12:00:00Z' }] },
      ['applied@2024-11-01', 'interview@2024-12-01'],
      'no date for the interview; dated at the previous import of this row, which did not list it',
    ],
    [
      'dates a rejection first seen now no earlier than the reply the user logged after that import',
      'rejected',
      { appliedAt: day('2024-11-01') },
      { latestRecordedAt: '2024-12-05T09:00:00Z' },
      ['applied@2024-11-01', 'rejection@2024-12-05'],
      'no date for the rejection; dated at the latest event you recorded, since it came after it',
    ],
    [
      'never dates a step after the import, whatever the user logged for later',
      'rejected',
      { appliedAt: day('2024-11-01') },
      { importedAt: '2024-11-02T12:00:00Z', latestRecordedAt: '2025-01-20T09:00:00Z' },
      ['applied@2024-11-01', 'rejection@2024-11-02'],
      'no date for the rejection; dated at the previous import of this row, which did not list it',
    ],
    [
      'keeps the date an earlier import gave a step the file still does not date',
      'interviewing',
      {},
      { steps: [{ kind: 'applied', at: dec01 }] },
      ['applied@2024-12-01', 'interview@2024-12-01'],
      'no date for the application; dated as the previous import of this row dated it',
    ],
    [
      'lets a later step the file dates bound a step first seen now',
      'offer',
      { offerAt: day('2024-11-20') },
      {},
      ['applied@2024-11-20', 'offer@2024-11-20'],
      'no date for the application; dated at the offer date, the nearest date it gives',
    ],
  ] as const)('%s', (_name, stage, dates, earlier, expected, warning) => {
    const result = rerun(stage, dates, earlier);
    expect(kindsAt(result)).toEqual(expected);
    expect(result.warnings).toContain(warning);
  });
});
