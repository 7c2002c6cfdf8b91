/** @jsxImportSource preact */
import { api } from '../../api/client';
import type { Analytics, RateRow, ResponseTimeBucket } from '../../api/types';
import { href } from '../../lib/route';
import { sourceLabel, tooEarly } from '../../lib/too-early';
import { PageTitle } from '../../ui/page-title';
import { usePlanChanged } from '../../ui/plan-changes';
import { LoadError, Loading } from '../../ui/status';
import { useResource } from '../../ui/use-resource';
import { BarChart } from './bar-chart';

const FUNNEL_LABELS = { applied: 'Applied', replied: 'Any reply', interviewed: 'Interview', offered: 'Offer' } as const;
const CHANNEL_LABELS: Record<string, string> = { email: 'Email', phone: 'Phone' };
const ordinal = (key: string): string => (key === '1' ? '1st follow-up' : key === '2' ? '2nd follow-up' : key === '3' ? '3rd follow-up' : `${key}th follow-up`);
const counted = (rows: readonly RateRow[]): string[] => rows.map((r) => `${r.responded} of ${r.total}`);

/** A bucket of the time to a first response, in words: "Same day", "3–7 days", "Over 30 days". */
function bucketLabel(bucket: ResponseTimeBucket): string {
  if (bucket.toDays === null) return `Over ${bucket.fromDays - 1} days`;
  if (bucket.toDays === 0) return 'Same day';
  return `${bucket.fromDays}–${bucket.toDays} days`;
}

function days(value: number | null): string {
  if (value === null) return '—';
  return value === 1 ? '1 day' : `${value} days`;
}

/** How the search is going, every figure computed by the server from the store. */
export function AnalyticsView() {
  const data = useResource(() => api<Analytics>('GET', '/api/analytics'), []);
  usePlanChanged(() => void data.reload());
  if (data.error && !data.data) return <LoadError title="Analytics" error={data.error} retry={data.reload} />;
  if (!data.data) return <Loading title="Analytics" />;
  const a = data.data;
  const applied = a.funnel.find((s) => s.step === 'applied')?.count ?? 0;
  if (applied === 0) {
    return (
      <div>
        <PageTitle title="Analytics" />
        <div class="empty">
          <h2>No numbers yet</h2>
          <p>
            Analytics count what happens to the applications you sent. <a href={href({ name: 'add' })}>Add an application</a> you applied to, and come back after the first
            replies.
          </p>
        </div>
      </div>
    );
  }
  const { byChannel, byStep, byWeekday } = a.followUps;
  const ttf = a.timeToFirstResponse;
  const replied = a.funnel.find((s) => s.step === 'replied')?.rate ?? null;
  const sent = byChannel.reduce((sum, r) => sum + r.total, 0);
  const answeredFollowUps = byChannel.reduce((sum, r) => sum + r.responded, 0);
  const followUpsEarly = tooEarly({ sent, answered: answeredFollowUps }, a.firstSent.followUp, a.asOf);
  const sourcesEarly = tooEarly({ sent: applied, answered: a.bySource.reduce((sum, r) => sum + r.responded, 0) }, a.firstSent.application, a.asOf);
  // Until follow-ups have had time to be answered, a row of empty bars would read as failure: say why instead.
  const noFollowUps = followUpsEarly ? (
    <p class="muted too-early">{followUpsEarly}</p>
  ) : (
    <p class="muted">No follow-ups marked as sent yet. Once you send some, this shows which ones get answers.</p>
  );
  return (
    <div class="analytics">
      <PageTitle title="Analytics" />
      <p class="lead">
        From {applied} {applied === 1 ? 'application' : 'applications'} you applied to. A follow-up counts as answered when a person replied before the next follow-up.
      </p>
      <div class="stats">
        <div class="stat">
          <span class="stat-value">{replied === null ? '—' : `${Math.round(replied * 100)}%`}</span>
          <span class="stat-label">got any reply</span>
        </div>
        <div class="stat">
          <span class="stat-value">{days(ttf.medianDays)}</span>
          <span class="stat-label">median time to a first response</span>
        </div>
        <div class="stat">
          <span class="stat-value">{days(ttf.meanDays)}</span>
          <span class="stat-label">average time to a first response ({ttf.count} answered)</span>
        </div>
      </div>
      <div class="chart-grid">
        <section class="panel" aria-labelledby="funnel-heading">
          <h2 id="funnel-heading">Funnel</h2>
          <BarChart
            title="Applications at each step"
            labels={a.funnel.map((s) => FUNNEL_LABELS[s.step])}
            series={[{ label: 'Applications', values: a.funnel.map((s) => s.count) }]}
            horizontal
            notes={a.funnel.map((s) => (s.rate === null ? '' : `${Math.round(s.rate * 100)}% of applied`))}
          />
        </section>
        <section class="panel" aria-labelledby="channel-heading">
          <h2 id="channel-heading">Response rate by channel</h2>
          {sent === 0 || followUpsEarly ? (
            noFollowUps
          ) : (
            <BarChart title="Share of follow-ups answered, by channel" labels={byChannel.map((r) => CHANNEL_LABELS[r.key] ?? r.key)} series={[{ label: 'Answered', values: byChannel.map((r) => r.rate) }]} percent notes={counted(byChannel)} />
          )}
        </section>
        <section class="panel" aria-labelledby="step-heading">
          <h2 id="step-heading">Response rate by follow-up</h2>
          {sent === 0 || followUpsEarly ? (
            noFollowUps
          ) : (
            <BarChart title="Share of follow-ups answered, by follow-up number" labels={byStep.map((r) => ordinal(r.key))} series={[{ label: 'Answered', values: byStep.map((r) => r.rate) }]} percent notes={counted(byStep)} />
          )}
        </section>
        <section class="panel" aria-labelledby="weekday-heading">
          <h2 id="weekday-heading">Response rate by weekday sent</h2>
          {sent === 0 || followUpsEarly ? (
            noFollowUps
          ) : (
            <BarChart title="Share of follow-ups answered, by the weekday they were sent" labels={byWeekday.map((r) => r.key)} series={[{ label: 'Answered', values: byWeekday.map((r) => r.rate) }]} percent notes={counted(byWeekday)} />
          )}
        </section>
        <section class="panel chart-wide" aria-labelledby="source-heading">
          <h2 id="source-heading">By source</h2>
          {sourcesEarly ? (
            <p class="muted too-early">{sourcesEarly}</p>
          ) : (
            <BarChart
              title="Share of applications answered and interviewed, by where you found the job"
              labels={a.bySource.map((r) => sourceLabel(r.key))}
              series={[
                { label: 'Any reply', values: a.bySource.map((r) => r.responseRate) },
                { label: 'Interview', values: a.bySource.map((r) => r.interviewRate) },
              ]}
              percent
              notes={a.bySource.map((r) => `${r.responded} replied, ${r.interviewed} interviewed, of ${r.applications}`)}
            />
          )}
        </section>
        <section class="panel" aria-labelledby="ttf-heading">
          <h2 id="ttf-heading">Time to first response</h2>
          {ttf.count === 0 ? (
            <p class="muted">No answers yet. Once employers reply, this shows how long they took.</p>
          ) : (
            <>
              <p class="muted">Calendar days from applying to the first answer, for the {ttf.count} applications answered.</p>
              <BarChart
                title="Applications by the time from applying to the first human response"
                category="Answered within"
                labels={ttf.distribution.map(bucketLabel)}
                series={[{ label: 'Applications', values: ttf.distribution.map((b) => b.count) }]}
                horizontal
                notes={ttf.distribution.map((b) => `${Math.round((b.count / ttf.count) * 100)}% of answered`)}
              />
            </>
          )}
        </section>
      </div>
    </div>
  );
}
