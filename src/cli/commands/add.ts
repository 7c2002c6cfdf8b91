import { addApplication } from '../../app/add-application';
import type { ContactInput } from '../../app/schemas';
import type { Handler } from '../command-context';
import { formatAction } from '../format-action';
import { readInput } from '../read-input';
import { readContacts, splitCountry, str } from './parse-options';

export const add: Handler = async (ctx, _args, o) => {
  const { deps } = await ctx.runtime();
  const role = (str(o.roleOfContact) ?? 'hiring_manager') as ContactInput['role'];
  const contacts: ContactInput[] = readContacts(o.contact as string[]).map((p) => ({ name: p.name, email: p.email, role }));
  if (o.phone) {
    const first = contacts[0];
    if (first) Object.assign(first, { phone: str(o.phone), phoneIsDirect: Boolean(o.direct) });
    else contacts.push({ role, phone: str(o.phone) ?? null, phoneIsDirect: Boolean(o.direct) });
  }
  const postingText = o.postingFile ? (await readInput(str(o.postingFile), ctx.io.stdin, 'posting-file')).toString('utf8') : undefined;
  const result = await addApplication(deps, {
    company: o.company,
    role: o.role,
    appliedAt: str(o.applied) ?? null,
    timezone: str(o.tz) ?? null,
    ...splitCountry(o.country),
    contacts,
    postingText: postingText ?? null,
    postingUrl: str(o.url) ?? null,
    source: str(o.source) ?? null,
    location: str(o.location) ?? null,
    playbook: ctx.global.playbook ?? null,
  });
  const out = ctx.out;
  if (out.json) {
    out.data({ id: result.application.id, application: result.application, contacts: result.contacts, analysis: result.analysis, actions: result.plan.actions, notes: result.plan.notes });
    return;
  }
  out.line(result.application.id);
  const label = `${result.application.company} — ${result.application.role}`;
  const policy = result.application.policy;
  const said = [policy.noContact && 'asks not to be contacted', policy.noCalls && 'asks for no calls', result.application.decisionBy && `decides by ${result.application.decisionBy}`, result.application.deadline && `closes ${result.application.deadline}`].filter(Boolean);
  if (said.length) out.note(`The posting ${said.join(', ')}.`);
  const next = result.plan.actions[0];
  if (next) out.note(['Next:', ...formatAction(out, next, label)].join('\n'));
  for (const n of result.plan.notes) out.note(n.message);
};
