import type { PhraseRule } from './phrase-rules';

/**
 * A selection condition anywhere in the sentence makes an invitation phrase a promise, as acknowledgements
 * say: "if you are shortlisted, we will schedule a call with you".
 */
const CONDITIONAL_INVITE =
  /\b(?:if|should|once|when|unless|in case|in the event|provided)\b[^.]{0,80}?\b(?:shortlist|select|successful|qualif|match|meet|suitable|progress|move forward|moving forward|fit|proceed|decide|interested in (?:your|you)|chosen)/;

/**
 * A negation turns an invitation around only in its own clause ("we will not be inviting you to
 * interview"). A "not" about something else earlier in the sentence ("the panel decided not to proceed with
 * the take-home; instead we'd like to invite you") leaves the invitation standing.
 */
const NEGATED = /\bnot\b|n't\b|\bunable\b|\bno longer\b|\bnor\b/;

const MEETING = String.raw`(?:interviews?|call|chat|conversation|meeting|(?:phone|video|technical|screening) ?(?:screen|call|interview)?|screening|assessment|round|session|on-?site|visit|discussion|coffee)`;

/** Phrases of an invitation to interview, in the body. */
export const INTERVIEW_RULES: readonly PhraseRule[] = [
  {
    rule: 'invite-you',
    pattern: new RegExp(String.raw`\binvit(?:e|ing)\s+you\s+(?:to|for)\s+(?:[\w-]+\s+){0,4}?${MEETING}\b`),
    weight: 0.85,
    guard: CONDITIONAL_INVITE,
    negatedBy: NEGATED,
  },
  {
    rule: 'like-to-schedule',
    pattern: new RegExp(
      String.raw`\b(?:like|love|want|wanted|keen|happy|pleased|able|ready|hoping)\s+to\s+(?:schedule|set up|arrange|book|organi[sz]e|have|line up|move forward with|plan|invite you (?:to|for))\s+(?:a|an|the|your|some|our)?\s*(?:[\w-]+\s+){0,3}?${MEETING}\b`,
    ),
    weight: 0.8,
    guard: CONDITIONAL_INVITE,
    negatedBy: NEGATED,
  },
  {
    rule: 'shortlisted',
    pattern:
      /\b(?:you(?:'ve| have) been|you are|you're) (?:shortlisted|selected|invited)\s+(?:for|to)\s+(?:an?|the)?\s*(?:[\w-]+\s+){0,3}?(?:interview|round|stage|call|assessment)/,
    weight: 0.85,
    guard: CONDITIONAL_INVITE,
    negatedBy: NEGATED,
  },
  {
    rule: 'good-news',
    pattern:
      /\b(?:pleased|happy|delighted|excited|glad)\s+to\s+(?:let you know|inform you|tell you|share|confirm)\s+that\b.{0,120}?\b(?:move|moving|progress|advance|invite|shortlisted|selected|next (?:round|stage|step))/,
    weight: 0.75,
    guard: CONDITIONAL_INVITE,
    negatedBy: NEGATED,
  },
  {
    rule: 'availability',
    pattern:
      /\b(?:what (?:is|are|would be) your availability|(?:let (?:me|us) know|share|send (?:me|us)|provide|confirm)\s+(?:[\w-]+\s+){0,2}?(?:your )?availability|(?:are|would|will) you (?:be )?(?:available|free) (?:for|on|this|next|to|at|between)|(?:pick|choose|select|book|reserve) (?:a|your|an?|one)\s+(?:[\w-]+\s+)?(?:time|slot|time slot|timeslot)|times? that (?:works?|suits?) (?:best )?for you|when (?:are|would) you (?:be )?(?:available|free)|does [\w ]{3,40} work for you)/,
    weight: 0.55,
    guard: CONDITIONAL_INVITE,
    negatedBy: NEGATED,
  },
  {
    rule: 'scheduling-link',
    pattern:
      /\b(?:calendly\.com|goodtime\.io|cal\.com\/|app\.greenhouse\.io\/\S*schedul|meetings\.hubspot\.com|zoom\.us\/j\/|teams\.microsoft\.com\/l\/meetup|meet\.google\.com\/|doodle\.com\/|youcanbook\.me)/,
    weight: 0.35,
  },
  {
    rule: 'next-steps',
    pattern:
      /\b(?:next step|next round|next stage) (?:is|would be|will be|in (?:our|the) (?:process|hiring|recruitment))/,
    weight: 0.4,
    guard: CONDITIONAL_INVITE,
    negatedBy: NEGATED,
  },
  {
    rule: 'de',
    pattern:
      /\b(?:zu einem (?:persönlichen |ersten |telefonischen )?(?:vorstellungs|bewerbungs|kennenlern)?gespräch einladen|einladung zu(?:m|r) (?:vorstellungs|bewerbungs)?(?:gespräch|interview))/,
    weight: 0.85,
    guard: /\bfalls\b/,
    negatedBy: /\bnicht\b|\bkein/,
  },
  {
    rule: 'fr',
    pattern:
      /\b(?:vous (?:inviter|convier) (?:à|a) un (?:entretien|échange)|invitation (?:à|a) un entretien)/,
    weight: 0.85,
    guard: /\bsi\b/,
    negatedBy: /\bpas\b|\bne\b|\bn'/,
  },
  {
    rule: 'nl',
    pattern:
      /\b(?:uitnodigen voor een (?:sollicitatie|kennismakings)?gesprek|uitnodiging voor een (?:sollicitatie)?gesprek)/,
    weight: 0.85,
    guard: /\bals\b/,
    negatedBy: /\bniet\b|\bgeen\b/,
  },
];

/** Subjects of interview invitations and of calendar invites for one. */
export const INTERVIEW_SUBJECT_RULES: readonly PhraseRule[] = [
  {
    rule: 'interview',
    pattern:
      /\b(?:interview (?:invitation|invite|request|confirmation|scheduling|availability|with)|invitation (?:to|for) (?:an? |your )?interview|(?:schedule|scheduling|book) (?:an? |your )?(?:interview|call|chat)|let's (?:chat|talk|schedule))/,
    weight: 0.65,
  },
  {
    rule: 'calendar-invite',
    pattern: /^(?:invitation|updated invitation):\s.*\b(?:interview|screen|call|chat)\b/,
    weight: 0.8,
  },
  { rule: 'next-steps', pattern: /\bnext steps?\b/, weight: 0.3 },
];
