import { showApplication, type ApplicationView } from '../../app/show-application';
import type { PlaybookName } from '../../core/model';
import type { CommandContext, Handler } from '../command-context';
import { applicationLabel, eventLabel, formatAction } from '../format-action';
import { seedId } from '../format-when';

async function load(ctx: CommandContext, id: string | undefined): Promise<ApplicationView> {
  const { deps } = await ctx.runtime();
  const playbook = ctx.global.playbook as PlaybookName | undefined;
  return showApplication(deps, id ?? '', playbook ? { playbook } : {});
}

function printPlan(ctx: CommandContext, view: ApplicationView): void {
  const out = ctx.out;
  if (view.plan.actions.length === 0) out.line('  Nothing to do now.');
  for (const action of view.plan.actions) out.line(formatAction(out, action, null).join('\n'));
  for (const n of view.plan.notes) out.line(out.style('dim', `  ${n.message}${n.sources.length ? ` (${n.sources.map(seedId).join(', ')})` : ''}`));
}

export const plan: Handler = async (ctx, [id]) => {
  const view = await load(ctx, id);
  if (ctx.out.json) {
    ctx.out.data({ applicationId: view.application.id, playbook: ctx.global.playbook ?? view.application.playbook, actions: view.plan.actions, notes: view.plan.notes });
    return;
  }
  ctx.out.line(`${ctx.out.style('bold', applicationLabel(view.application))} (${view.application.stage})`);
  printPlan(ctx, view);
};

export const show: Handler = async (ctx, [id]) => {
  const view = await load(ctx, id);
  const out = ctx.out;
  if (out.json) {
    out.data({ application: view.application, contacts: view.contacts, events: view.events, playbook: ctx.global.playbook ?? view.application.playbook, actions: view.plan.actions, notes: view.plan.notes });
    return;
  }
  const a = view.application;
  out.line(`${out.style('bold', applicationLabel(a))}  ${out.style('dim', a.id)}`);
  out.line(`  stage ${a.stage}${a.appliedAt ? ` · applied ${a.appliedAt.slice(0, 10)}` : ''}${a.playbook ? ` · playbook ${a.playbook}` : ''}${a.timezone ? ` · ${a.timezone}` : ''}${a.country ? ` · ${a.country}${a.region ? `-${a.region}` : ''}` : ''}`);
  const policy = Object.entries(a.policy).filter(([, v]) => v).map(([k]) => k);
  if (policy.length || a.decisionBy || a.deadline) out.line(`  posting: ${[...policy, a.decisionBy && `decision by ${a.decisionBy}`, a.deadline && `deadline ${a.deadline}`].filter(Boolean).join(', ')}`);
  if (view.contacts.length) out.line(out.style('bold', 'Contacts'));
  for (const c of view.contacts) out.line(`  ${c.name ?? '(no name)'} · ${c.role}${c.email ? ` · ${c.email}` : ''}${c.phone ? ` · ${c.phone}${c.phoneIsDirect ? ' (direct)' : ''}` : ''}`);
  out.line(out.style('bold', 'Timeline'));
  for (const e of view.events) out.line(`  ${e.at.slice(0, 16).replace('T', ' ')}  ${eventLabel(e.kind)}${e.note ? ` · ${e.note.split('\n')[0]}` : ''}`);
  // The stage line shows the stored playbook, so a preview with --playbook is named where it takes effect.
  out.line(out.style('bold', ctx.global.playbook ? `Plan (previewing the ${ctx.global.playbook} playbook)` : 'Plan'));
  printPlan(ctx, view);
};
