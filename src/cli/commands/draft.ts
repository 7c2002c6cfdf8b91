import { draftAction } from '../../app/draft-action';
import { renderCallScript } from '../../core/drafting';
import type { Handler } from '../command-context';
import { seedId } from '../format-when';

export const draft: Handler = async (ctx, [actionId], o) => {
  const { deps, chat } = await ctx.runtime();
  const result = await draftAction(deps, actionId ?? '', { model: chat, rewrite: Boolean(o.rewrite) });
  const out = ctx.out;
  const { draft: d, findings } = result;
  if (out.json) {
    out.data({
      subject: d.subject,
      body: d.body,
      findings: findings.map((f) => ({ rule: f.rule, severity: f.severity, start: f.start, end: f.end, message: f.message, sources: f.sources })),
      to: d.to,
      callScript: d.callScript,
      source: result.source,
      ...(o.rewrite ? { fallbackReason: result.fallbackReason } : {}),
    });
    return;
  }
  // The number belongs on the line only when it will be used: a call, or a follow-up that offers one.
  const phone = d.subject === null || d.callScript ? d.to?.phone : null;
  if (d.to) out.line(out.style('dim', `To: ${[d.to.name, d.to.email && `<${d.to.email}>`, phone].filter(Boolean).join(' ')}`));
  if (d.subject !== null) out.line(`Subject: ${d.subject}`);
  if (d.to || d.subject !== null) out.line();
  out.line(d.body);
  if (d.callScript && d.subject !== null) {
    out.line();
    out.line(renderCallScript(d.callScript, 'If you call instead:'));
  }
  if (o.rewrite && result.source === 'deterministic') out.note(`(The rewrite was not used: ${result.fallbackReason}.)`);
  for (const f of findings) out.note(`${f.severity === 'error' ? out.style('red', 'error') : out.style('yellow', f.severity)} ${f.rule}: ${f.message} (${f.sources.map(seedId).join(', ')})`);
};
