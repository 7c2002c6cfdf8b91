import { AppError } from '../../core/app-error';
import { classifyMessage } from '../../core/mail/classify-message';
import type { Handler } from '../command-context';
import { readInput } from '../read-input';
import { mailKitOf } from './mail-context';

/**
 * `hearback classify [FILE|-]`: what hearback makes of one RFC 822 message. With `--json`:
 * `{kind, confidence, evidence: [{rule, detail}], returnDate, failedRecipient, tier, bounce}`.
 */
export const classify: Handler = async (ctx, [file], o) => {
  const raw = await readInput(file, ctx.io.stdin);
  const kit = await mailKitOf(ctx);
  const parsed = await kit.parse(raw);
  if (!parsed.ok) throw new AppError('parse', `not a readable message: ${parsed.error}`, { field: 'file' });
  const now = typeof o.now === 'string' ? o.now : ctx.global.now;
  const verdict = classifyMessage(parsed.message, now ? { now } : {});
  const out = ctx.out;
  if (out.json) {
    out.data({
      kind: verdict.kind,
      confidence: verdict.confidence,
      evidence: verdict.evidence,
      returnDate: verdict.returnDate,
      failedRecipient: verdict.failedRecipient,
      tier: verdict.tier,
      bounce: verdict.bounce ?? null,
    });
    return;
  }
  out.line(`${out.style('bold', verdict.kind.replace('_', ' '))}  ${Math.round(verdict.confidence * 100)}% (${verdict.tier})`);
  if (verdict.returnDate) out.line(`back on ${verdict.returnDate}`);
  if (verdict.failedRecipient) out.line(`failed recipient ${verdict.failedRecipient}${verdict.bounce ? ` (${verdict.bounce})` : ''}`);
  for (const e of verdict.evidence) out.line(out.style('dim', `  ${e.rule}: ${e.detail}`));
};
