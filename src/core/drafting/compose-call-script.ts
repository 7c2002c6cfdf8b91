import { CALL_OUTCOMES, seedFiles, type SeedFile } from '../model';
import type { DraftFacts } from './facts';
import { firstHighlight } from './highlight';
import { salutationName } from './people';
import { appliedPhrase, atCompany, interviewPhrase, roleRef } from './phrases';
import type { CallBranch, CallScript } from './types';
import type { Variation } from './variation';

/** Whether the call follows an application (000, 003) or an interview that went quiet (002). */
export type CallStage = 'application' | 'interview';

function opening(facts: DraftFacts, stage: CallStage, variation: Variation): string {
  const name = salutationName(facts.recipient?.name);
  const hello = name === null ? 'Hello' : `Hello ${name}`;
  const me = facts.userName === null ? '' : `, this is ${facts.userName}`;
  const role = roleRef(facts);
  const spoke = facts.interview?.recipientInterviewed === true;
  const interview = `${spoke ? 'We spoke' : 'I interviewed'}${interviewPhrase(facts)} ${spoke ? 'about' : 'for'} ${role}`;
  const about =
    stage === 'interview'
      ? `${interview}, and I am calling to ask briefly about the next steps.`
      : `I applied for ${role}${atCompany(facts)}${appliedPhrase(facts)}, and I am calling to follow up briefly.`;
  const askTime = variation.pick('time', [
    'Do you have two minutes?',
    'Is now a good moment for a quick word?',
  ]);
  const through = name === null ? ` If someone else answers, ask for the person hiring for ${role}.` : '';
  return `${hello}${me}. ${about} ${askTime}${through}`;
}

function applicationBranches(facts: DraftFacts, variation: Variation): CallBranch[] {
  const pitch = firstHighlight(facts, variation);
  return [
    {
      id: 'not_seen',
      title: 'If they have not seen it',
      when: 'They have not seen your application and do not know who you are.',
      say: `No problem at all. In short, I applied for ${roleRef(facts)}${pitch === null ? ' because it is a close match for my experience.' : `. ${pitch}`}`,
      ask: 'Could I send my application to you directly, and to which address?',
    },
    {
      id: 'declined',
      title: 'If they have decided no',
      when: 'They have seen it and decided not to interview you.',
      say: 'Thank you for telling me directly; I appreciate it.',
      ask: 'Is there one thing that would have made my application stronger for a role like this?',
    },
    {
      id: 'shortlisted',
      title: 'If you are on the shortlist',
      when: 'You are on the shortlist but have not been contacted yet.',
      say: 'That is great to hear; I am very interested in the role.',
      ask: 'What are the next steps, and when might I expect to hear from you?',
    },
  ];
}

/**
 * After an interview the branches keep their outcome ids, which the analytics count, but their headings say
 * what the user will actually hear: nobody "has not seen" an application they interviewed for.
 */
function interviewBranches(): CallBranch[] {
  return [
    {
      id: 'not_seen',
      title: 'If they have not decided yet',
      when: 'They have not reached a decision yet, or have no update for you.',
      say: 'I understand, thank you for checking. I am still very keen on the role.',
      ask: 'When do you expect to have news, and is there anything else I can send in the meantime?',
    },
    {
      id: 'declined',
      title: 'If they have decided no',
      when: 'They have decided not to go ahead with you.',
      say: 'Thank you for letting me know; I enjoyed meeting the team.',
      ask: 'Is there one thing I could do to be a stronger candidate in future?',
    },
    {
      id: 'shortlisted',
      title: 'If you are moving forward',
      when: 'You are still in the running.',
      say: 'That is great to hear; I would love to keep going.',
      ask: 'What are the next steps, and on what timeline?',
    },
  ];
}

/**
 * A call script (003): an opening line, then the three ways the call can go, each with what to say and what
 * to ask, and a short close with thanks. Small talk is left out on purpose (003: keep it to a minimum).
 *
 * @example
 * composeCallScript(facts, 'application', variationFor(app.id, action.id)).branches.map((b) => b.id);
 * // ['not_seen', 'declined', 'shortlisted']
 */
export function composeCallScript(facts: DraftFacts, stage: CallStage, variation: Variation): CallScript {
  const name = salutationName(facts.recipient?.name);
  const role = roleRef(facts);
  const me = facts.userName === null ? 'I am' : `this is ${facts.userName},`;
  return {
    opening: opening(facts, stage, variation),
    branches: stage === 'interview' ? interviewBranches() : applicationBranches(facts, variation),
    closing: variation.pick('close', [
      `Thank you very much for your time${name === null ? '' : `, ${name}`}. I appreciate it.`,
      `Thanks a lot for your time${name === null ? '' : `, ${name}`}; that is really helpful.`,
    ]),
    voicemail: `Hello${name === null ? '' : ` ${name}`}, ${me} calling about ${role}${atCompany(facts)}. I will send a short email as well so you have my details. Thank you.`,
    outcomes: [...CALL_OUTCOMES],
  };
}

/** The seeds a call script follows: 003 for the script, 000 after an application, 002 after an interview. */
export function callSources(stage: CallStage): SeedFile[] {
  return stage === 'interview' ? seedFiles('002', '003') : seedFiles('000', '003');
}
