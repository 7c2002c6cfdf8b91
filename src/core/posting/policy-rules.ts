import { APOS, DO_NOT, textAfter, textBefore } from './text-context';

export type PolicyKind = 'no_contact' | 'no_calls' | 'no_agencies' | 'only_shortlisted';

/** One way a posting states a contact policy, and what a given match of it means (nothing, to drop it). */
export interface PolicyRule {
  /** Carries the `g` and `i` flags. */
  pattern: RegExp;
  classify(match: RegExpExecArray, text: string): PolicyKind[];
}

const AGENCY =
  /\b(?:agenc(?:y|ies)|recruit(?:ers?|ment\s+firms?)|head-?hunters?|third[-\s]part(?:y|ies)|staffing\s+firms?|search\s+firms?)\b/i;
/** Words after which "do not contact" is someone else's behaviour: "clients who do not contact us". */
const NOT_THE_EMPLOYER = /\b(?:if|who|that|which|when|whom|they|he|she|customers?|clients?|people)\s*$/i;
/** Words after which "no phone calls" describes the job, not the application: "a role with no calls". */
const DESCRIBES_THE_JOB =
  /\b(?:are|is|be|with|involves?|involving|have|has|had|requires?|required|means|makes?|making|takes?|taking|answers?|answering|handles?|handling|zero|receives?|receiving|gets?|there(?:'s)?)\s*$/i;
/** What follows a request in a posting: "No phone calls please", "…accepted", "… regarding this position". */
const REQUEST_ENDS =
  /^(?:\s*$|\s*[.!)\]:,;\-–—(]|\s*(?:please|pls|thanks?|thank\s+you|accepted|will\s+be\s+(?:accepted|returned|answered|considered|entertained|taken)|are\s+accepted|regarding|about|concerning|re\b|to\s+(?:inquire|enquire|follow|check|ask)|at\s+all|whatsoever)\b|\s+[A-Z][a-z])/;

const ITEM = String.raw`(?:(?:follow[-\s]?up|unsolicited|direct|personal)\s+)?(?:(?:tele)?phone\s+|e-?mail\s+|agency\s+)?(?:calls?|e-?mails?|inquiries|enquiries|visits?|walk-?ins?|drop-?ins?|faxe?s|agencies|recruiters|head-?hunters|third[-\s]part(?:y|ies)(?:\s+recruiters)?|submissions|solicitations|(?:tele)?phone|calling|messages)`;
const LIST = new RegExp(
  String.raw`\bno\s+${ITEM}(?:(?:\s*[,/&]\s*|\s+(?:or|and|nor)\s+|\s*,\s*(?:or|and|nor)\s+)(?:no\s+)?${ITEM}){0,4}\b`,
  'gi',
);
const ITEMS = new RegExp(ITEM, 'gi');

/** "No walk-ins or phone calls", "no calls or emails please", "no agencies": what each listed item rules out. */
function classifyList(match: RegExpExecArray, text: string): PolicyKind[] {
  if (DESCRIBES_THE_JOB.test(textBefore(text, match.index, 30))) return [];
  const following = textAfter(text, match.index + match[0].length, 40);
  const pleaseBefore = /\bplease\s*$/i.test(textBefore(text, match.index, 12));
  if (!pleaseBefore && !REQUEST_ENDS.test(following)) return [];
  const kinds = new Set<PolicyKind>();
  let calls = false;
  let mail = false;
  for (const [item] of match[0].matchAll(ITEMS)) {
    if (AGENCY.test(item)) kinds.add('no_agencies');
    else if (/call|phone/i.test(item)) calls = true;
    else if (/e-?mail|messages/i.test(item)) mail = true;
    else if (/inquir|enquir/i.test(item)) kinds.add('no_contact');
  }
  if (calls) kinds.add('no_calls');
  if (mail) kinds.add('no_contact');
  return [...kinds];
}

/** The channel a request names: "by phone", "via telephone", "over the phone or by email". */
const CHANNEL_WORD = String.raw`(?:(?:tele)?phone(?:\s+calls?)?|calls?|e-?mails?)`;
const BY_CHANNEL = String.raw`\s+(?:by|via|over|through|on)\s+(?:the\s+)?${CHANNEL_WORD}(?:\s*(?:,|\/|or|and)\s*(?:by\s+|via\s+)?${CHANNEL_WORD})?\b`;
const CHANNEL_AT_END = new RegExp(String.raw`${BY_CHANNEL}$`, 'i');

/**
 * "Please do not contact us" is the employer's wish, unless it is addressed to agencies or reports others.
 * A request that names its channel rules out only that channel: "do not contact us by phone" still welcomes
 * an email, so it is a `no_calls` finding and not a `no_contact` one.
 */
function classifyRequest(kinds: PolicyKind[]) {
  return (match: RegExpExecArray, text: string): PolicyKind[] => {
    const before = textBefore(text, match.index, 40);
    if (NOT_THE_EMPLOYER.test(before)) return [];
    if (AGENCY.test(before)) return ['no_agencies'];
    const channel = CHANNEL_AT_END.exec(match[0]);
    if (channel !== null) return policyOfChannels(channel[0]);
    return /call|phon/i.test(match[0]) ? [...kinds, 'no_calls'] : kinds;
  };
}

const EMPLOYER = String.raw`(?:us|me|the\s+(?:hiring\s+(?:manager|team)|company|employer|recruiter|recruitment\s+team|office|store|restaurant|school|practice|clinic|hr(?:\s+department)?|human\s+resources)|our\s+(?:office|offices|team|staff|hiring\s+managers?|hr|recruiters?|client|clients|store|company)|hr|human\s+resources|hiring\s+managers?|this\s+(?:job\s+)?poster|this\s+company|directly)`;
const CONTACT_VERB = String.raw`(?:contact|call\s+or\s+e-?mail|e-?mail\s+or\s+(?:call|phone)|phone\s+or\s+e-?mail|reach\s+out\s+to|approach|follow\s+up\s+with|chase)`;
const CHANNEL = String.raw`(?:(?:tele)?phone|e-?mails?|calls?|inquiries|enquiries)`;
const always = (kinds: PolicyKind[]) => (): PolicyKind[] => kinds;

export const POLICY_RULES: readonly PolicyRule[] = [
  { pattern: LIST, classify: classifyList },
  {
    pattern: new RegExp(
      String.raw`\b(?:please\s+)?${DO_NOT}\s+(?:attempt\s+to\s+|try\s+to\s+)?${CONTACT_VERB}\s+${EMPLOYER}\b(?:${BY_CHANNEL})?`,
      'gi',
    ),
    classify: classifyRequest(['no_contact']),
  },
  {
    pattern: new RegExp(
      String.raw`\bplease\s+${DO_NOT}\s+contact(?:${BY_CHANNEL})?(?=\s*(?:[.!]|$|regarding|about|concerning|to\s+(?:inquire|enquire|check|follow)|with\s+(?:questions|inquiries|enquiries)))`,
      'gi',
    ),
    classify: classifyRequest(['no_contact']),
  },
  {
    pattern: new RegExp(
      String.raw`\b(?:please\s+)?${DO_NOT}\s+(?:call|phone|telephone|ring)\b(?!\s*(?:-\s*)?(?:list|registry|register|regulations?|rules|compliance|back|in\s+sick|out|or\s+e-?mail))`,
      'gi',
    ),
    classify: classifyRequest([]),
  },
  {
    pattern: new RegExp(
      String.raw`\b(?:please\s+)?refrain\s+from\s+(?:contacting|calling|e-?mailing|phoning|telephoning|chasing)(?:\s+(?:or|and)\s+(?:contacting|calling|e-?mailing|phoning|telephoning))?(?:\s+${EMPLOYER}\b(?=${BY_CHANNEL}))?(?:${BY_CHANNEL})?`,
      'gi',
    ),
    classify: (match, text) =>
      classifyRequest(/contact|e-?mail|chas/i.test(match[0]) ? ['no_contact'] : [])(match, text),
  },
  {
    pattern:
      /\b(?:(?:tele)?phone\s+)?(?:calls|inquiries|enquiries)(?:\s+(?:or|and)\s+e-?mails?)?\s+will\s+not\s+be\s+(?:accepted|returned|answered|taken|entertained)\b/gi,
    classify: (match) => policyOfChannels(match[0]),
  },
  {
    pattern: new RegExp(
      String.raw`\b(?:we|I)\s+(?:${DO_NOT}|cannot|can${APOS}?t|will\s+not|won${APOS}?t|are\s+(?:unable|not\s+able)\s+to)\s+(?:accept|take|return|answer|respond\s+to|reply\s+to)\s+(?:any\s+)?${CHANNEL}(?:\s*(?:,|\/|or|and)\s*${CHANNEL})?(?:\s+(?:calls|inquiries|enquiries|messages))?`,
      'gi',
    ),
    classify: (match) =>
      /call|inquir|enquir|messages|e-?mails?\b/i.test(match[0]) ? policyOfChannels(match[0]) : [],
  },
  {
    pattern:
      /\b(?:(?:recruitment|staffing|employment|third[-\s]party)\s+)?(?:recruiters|agencies|head-?hunters|search\s+firms)\s+(?:need\s+not|should\s+not|please\s+do\s+not|do\s+not\s+need\s+to)\s+apply\b/gi,
    classify: always(['no_agencies']),
  },
  {
    pattern: new RegExp(
      String.raw`\b(?:${DO_NOT}|will\s+not|won${APOS}?t|cannot|can${APOS}?t|(?:are|is)\s+not\s+able\s+to|does\s+not|doesn${APOS}?t)\s+(?:accept|consider|respond\s+to|work\s+with|engage|pay|entertain|use|utili[sz]e)\w*\b[^.!?\n]{0,50}?\b(?:agenc(?:y|ies)|recruiters|head-?hunters|search\s+firms|staffing\s+firms|third[-\s]part(?:y|ies))\b`,
      'gi',
    ),
    classify: always(['no_agencies']),
  },
  {
    pattern:
      /\bunsolicited\s+(?:r[eé]sum[eé]s|cvs|submissions|candidates|applications|referrals|profiles)\s+(?:from|by|submitted\s+by|sent\s+by)\s+(?:(?:third[-\s]party|external|outside)\s+)?(?:recruit\w*\s+|staffing\s+|search\s+)?(?:agenc(?:y|ies)|recruiters|head-?hunters|firms|vendors)\b/gi,
    classify: always(['no_agencies']),
  },
  { pattern: /\bprincipals\s+only\b/gi, classify: always(['no_agencies']) },
  {
    pattern: new RegExp(
      String.raw`\b(?:agencies|recruiters|head-?hunters|recruitment\s+agencies|third[-\s]part(?:y|ies))\s*[,:]?\s+(?:please\s+)?${DO_NOT}\s+(?:contact|call|e-?mail|submit|apply|send|solicit)\w*`,
      'gi',
    ),
    classify: always(['no_agencies']),
  },
];

/** "Phone calls and emails will not be returned": calls rule out calls, mail or bare inquiries rule out all. */
function policyOfChannels(phrase: string): PolicyKind[] {
  const kinds: PolicyKind[] = [];
  if (/call|phone/i.test(phrase)) kinds.push('no_calls');
  if (/e-?mail/i.test(phrase) || (/inquir|enquir/i.test(phrase) && !/phone/i.test(phrase)))
    kinds.push('no_contact');
  return kinds;
}
