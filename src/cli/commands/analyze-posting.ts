import { isoDate } from '../../core/calendar/civil-date';
import { invalid } from '../../core/app-error';
import { parseIsoDate } from '../../core/calendar/civil-date';
import { analyzePosting } from '../../core/posting';
import type { Handler } from '../command-context';
import { readInput } from '../read-input';
import { str } from './parse-options';

/** Reads a posting and prints what it says; needs no store. */
export const analyzePostingCommand: Handler = async (ctx, [file], o) => {
  const bytes = await readInput(file, ctx.io.stdin);
  const text = bytes.toString('utf8');
  const now = ctx.global.now ? Date.parse(ctx.global.now) : Date.now();
  if (Number.isNaN(now)) throw invalid('now', `must be an ISO 8601 instant (got "${ctx.global.now}")`);
  const referenceDate = str(o.referenceDate) ?? isoDate(Math.floor(now / 86_400_000));
  if (parseIsoDate(referenceDate) === null) throw invalid('reference-date', `must be YYYY-MM-DD (got "${referenceDate}")`);
  const country = str(o.country)?.toUpperCase() ?? null;
  const a = analyzePosting(text, { referenceDate, country });
  const out = ctx.out;
  if (out.json) {
    out.data({
      contactPolicy: a.contactPolicy,
      decisionBy: a.decisionBy,
      deadline: a.deadline,
      emails: a.emails,
      phones: a.phones,
      names: a.names,
      company: a.company,
      role: a.role,
      location: a.location,
      findings: a.findings.map((f) => ({ kind: f.kind, start: f.start, end: f.end, text: f.text, ...(f.value === undefined ? {} : { value: f.value }) })),
    });
    return;
  }
  const p = a.contactPolicy;
  const yes = (b: boolean) => (b ? out.style('yellow', 'yes') : 'no');
  out.line(`do not contact          ${yes(p.noContact)}`);
  out.line(`no calls                ${yes(p.noCalls)}`);
  out.line(`no agencies             ${yes(p.noAgencies)}`);
  out.line(`only shortlisted hear   ${yes(p.onlyShortlistedContacted)}`);
  out.line(`decision by             ${a.decisionBy ?? '-'}`);
  out.line(`deadline                ${a.deadline ?? '-'}`);
  out.line(`company, role           ${a.company ?? '-'}, ${a.role ?? '-'}`);
  out.line(`location                ${a.location ? `${a.location.text} (${[a.location.country, a.location.region, a.location.timezone].filter(Boolean).join(', ')})` : '-'}`);
  out.line(`emails                  ${a.emails.join(', ') || '-'}`);
  out.line(`phones                  ${a.phones.join(', ') || '-'}`);
  out.line(`names                   ${a.names.join(', ') || '-'}`);
  if (a.findings.length) out.line(out.style('bold', 'Found in the text'));
  for (const f of a.findings) out.line(`  ${f.kind.padEnd(16)} ${out.style('dim', `[${f.start}-${f.end}]`)} "${f.text.replace(/\s+/g, ' ')}"`);
};
