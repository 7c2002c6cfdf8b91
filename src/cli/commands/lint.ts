import { invalid } from '../../core/app-error';
import { hasErrors, lint as lintMessage, parseMessageText } from '../../core/linting';
import { ACTION_KINDS, type ActionKind } from '../../core/model';
import type { Handler } from '../command-context';
import { seedId } from '../format-when';
import { readInput } from '../read-input';
import { str } from './parse-options';

/** Lints a message the user wrote; exits 1 when a finding is an error. */
export const lint: Handler = async (ctx, [file], o) => {
  const kind = str(o.kind) ?? 'other';
  if (kind !== 'other' && !(ACTION_KINDS as readonly string[]).includes(kind)) throw invalid('kind', `must be one of ${ACTION_KINDS.join(', ')}, other`);
  const text = (await readInput(file, ctx.io.stdin)).toString('utf8');
  const message = parseMessageText(text);
  const findings = lintMessage(message, { kind: kind as ActionKind | 'other', contactName: str(o.contact) ?? null, company: str(o.company) ?? null, role: str(o.role) ?? null });
  const out = ctx.out;
  if (out.json) out.data({ subject: message.subject, body: message.body, findings });
  else if (findings.length === 0) out.line('No findings.');
  else for (const f of findings) out.line(`${f.severity.padEnd(7)} ${f.rule.padEnd(15)} ${out.style('dim', `[${f.start}-${f.end}]`)} ${f.message} (${f.sources.map(seedId).join(', ')})`);
  return hasErrors(findings) ? 1 : 0;
};
