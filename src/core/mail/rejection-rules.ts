import type { PhraseRule } from './phrase-rules';

/**
 * A condition in front of a rejection phrase turns it into a promise about the future, as acknowledgements
 * say: "if you do not hear from us within two weeks, please consider your application unsuccessful".
 */
const CONDITIONAL = /\b(?:if|should|unless|in case|in the event|whether|otherwise)\b/;

const NOT = String.raw`(?:\bnot|n't|\bunable to|\bno longer)`;
const VERB_GO = String.raw`(?:moving|move|going|go|proceeding|proceed|progressing|progress|taking|take|pursuing|pursue|continuing|continue|advancing|advance)`;
const OTHERS = String.raw`(?:an?other|other|different|more|stronger|alternative)`;
const PEOPLE = String.raw`(?:candidates?|applicants?|profiles?|people|individuals?|persons?|candidacies|applications)`;

/**
 * What a "decided not to proceed" must be about to be a rejection: the candidate, the application or the
 * role, or nothing at all ("we have decided not to proceed further."). "Decided not to proceed with the
 * take-home" or "with the other two finalists" is about something else.
 */
const ABOUT_YOU = String.raw`(?:\s+(?:forward|ahead|further|any further))?(?:\s+(?:with|on|to))?\s*(?:you\b|your\b|(?:the|this|that)\s+(?:application|candidacy|role|position|job|vacancy|opportunity|process|hiring process|recruitment process|next (?:round|stage|step))|it\b|further\b|(?:at|for) (?:this|the) (?:time|stage|point|moment)|on this occasion|[.,;!]|$)`;

/**
 * The sentence of a "we regret to inform you" must name the application, the role or the decision to be a
 * rejection: the same words announce rescheduled interviews and retired products.
 */
const ABOUT_APPLICATION =
  /\b(?:application|applied|candidacy|candidates?|applicants?|position|role|vacancy|opening|job|unsuccessful|not (?:been )?(?:selected|successful|shortlisted|chosen|progressed)|(?:forward|proceed|progress)\w* with (?:you|your)|offer you|decided|decision|filled)\b/;

/** Phrases of a rejection, in the body. Written from the many ways employers and ATS templates say no. */
export const REJECTION_RULES: readonly PhraseRule[] = [
  {
    rule: 'not-moving-forward',
    pattern: new RegExp(
      String.raw`${NOT}\s+(?:be\s+)?${VERB_GO}\s+(?:forward\s+|ahead\s+|further\s+)?(?:with\s+|on\s+)?(?:your|you)\b`,
    ),
    weight: 0.9,
    guard: CONDITIONAL,
  },
  {
    rule: 'not-moving-forward-now',
    pattern: new RegExp(
      String.raw`\bwe(?:'ll|'re| will| are| have| shall| would)?\s*(?:not|won't|n't|will not|are not|have decided not to|would not)\s+(?:be\s+)?(?:moving|move|proceeding|proceed|progressing|progress|going|go)\s+(?:forward|ahead|further)(?:\s+(?:at this (?:time|stage|point)|at the moment|for now|on this occasion))?\s*(?:[.,;!]|$)`,
    ),
    weight: 0.85,
    guard: CONDITIONAL,
  },
  {
    rule: 'different-direction',
    pattern:
      /\b(?:decided|chosen|opted|elected|going|go|went|gone) (?:to go )?in (?:a|another) (?:different|new) direction\b/,
    weight: 0.8,
    guard: CONDITIONAL,
  },
  {
    rule: 'went-with-someone-else',
    pattern:
      /\b(?:went|gone|go|going|moved forward|move forward|proceeded|decided to go|chose|chosen|selected|hired)\s+with\s+(?:someone|somebody|another (?:candidate|person|applicant)|a different candidate)\b/,
    weight: 0.8,
    guard: CONDITIONAL,
  },
  {
    rule: 'decided-not-to',
    pattern:
      new RegExp(
        String.raw`\b(?:decided|chosen|opted|elected|determined)\s+(?:not\s+to|to\s+not)\s+(?:proceed|progress|move|go|continue|pursue|take|advance|invite|offer|shortlist|select|consider)${ABOUT_YOU}`,
      ),
    weight: 0.9,
    guard: CONDITIONAL,
  },
  {
    rule: 'other-candidates',
    pattern: new RegExp(
      String.raw`\b(?:move|moving|moved|go|going|gone|went|proceed|proceeding|continue|continuing|pursue|pursuing|progress|progressing|decided on|selected|chosen|chose|offered the (?:position|role) to)(?:\s+[\w-]+){0,5}?\s+(?:with|on with)\s+${OTHERS}\s+(?:[\w-]+\s+){0,3}?${PEOPLE}`,
    ),
    weight: 0.85,
    guard: CONDITIONAL,
  },
  {
    rule: 'chose-others',
    pattern: new RegExp(
      String.raw`\b(?:chosen|chose|selected|picked|hired|appointed|offered the (?:position|role|job) to)\s+(?:an?other|other|a different|another)\s+(?:[\w-]+\s+){0,2}?${PEOPLE}`,
    ),
    weight: 0.8,
    guard: CONDITIONAL,
  },
  {
    rule: 'better-matching-candidates',
    pattern: new RegExp(
      String.raw`\b(?:${PEOPLE}|someone|somebody)\s+(?:whose|who|that)\s+(?:[\w'-]+\s+){0,7}?(?:more closely|more in line|better (?:match|suit|fit|align)|(?:fit|match|suit)s? (?:the|this|our) (?:position|role|profile|requirements) better|more suited|closer|more aligned|more relevant|more directly|more experience|better matched|stronger match|more specific)`,
    ),
    weight: 0.7,
  },
  {
    rule: 'regret-to-inform',
    pattern: /\b(?:regret to (?:inform|tell|advise|let|say)|with regret|we regret that|it is with regret)/,
    weight: 0.8,
    guard: CONDITIONAL,
    requires: ABOUT_APPLICATION,
  },
  {
    rule: 'sorry-to-inform',
    pattern:
      /\b(?:sorry to (?:inform|tell|say|let you know|share)|(?:we|i) (?:are|am|'m|'re) sorry,? but|sadly,? (?:we|you|your)|unfortunately,? this time)/,
    weight: 0.65,
    guard: CONDITIONAL,
    requires: ABOUT_APPLICATION,
  },
  { rule: 'unfortunately', pattern: /\bunfortunately\b/, weight: 0.35, guard: CONDITIONAL },
  {
    rule: 'not-selected',
    pattern:
      /(?:\bnot|n't)\s+(?:been\s+|be\s+)?(?:selected|shortlisted|chosen|successful|progressed|retained|considered further|invited to (?:the next|an interview|interview))/,
    weight: 0.85,
    guard: CONDITIONAL,
  },
  {
    rule: 'unsuccessful',
    pattern:
      /\b(?:application|candidacy|you|application has|application was|you were|you have been|on this occasion you)\s+(?:[\w-]+\s+){0,3}?(?:unsuccessful|not successful)\b/,
    weight: 0.85,
    guard: CONDITIONAL,
  },
  {
    rule: 'position-filled',
    pattern:
      /\b(?:(?:position|role|vacancy|job|opening|requisition|post)\s+(?:has|have|was|is)\s+(?:now\s+|already\s+|since\s+)?(?:been\s+)?(?:filled|closed|cancelled|canceled|put on hold)|(?:filled|closed) (?:the|this) (?:position|role|vacancy)|(?:position|role|vacancy) is no longer (?:available|open))/,
    weight: 0.8,
    guard: CONDITIONAL,
  },
  {
    rule: 'no-longer-recruiting',
    pattern:
      /\b(?:(?:already|now|since) (?:been )?filled|(?:not|no longer) (?:looking for|recruiting|hiring|accepting) (?:new |more |any )?(?:candidates|applicants|applications|people)|completed (?:the|our) (?:recruitment|hiring|selection) process and (?:selected|chosen|hired|appointed))/,
    weight: 0.75,
    guard: CONDITIONAL,
  },
  {
    rule: 'not-a-fit',
    pattern:
      /(?:\bnot|n't)\s+(?:quite\s+)?(?:the right|a good|a strong|the best|an? (?:ideal|close)|a)\s+(?:fit|match)\b/,
    weight: 0.6,
    guard: CONDITIONAL,
  },
  {
    rule: 'unable-to-offer',
    pattern:
      /\b(?:unable|not able|cannot|can't|won't be able|will not be able)\s+to\s+(?:offer you (?:the |a |an |this |that |any )?(?:position|role|job|post|employment|opportunity|interview|place|offer)\b|offer you\s*[.,;!]|offer you$|progress|proceed|move forward|take (?:your application|you|this) (?:any )?further|consider you|invite you|extend an? offer)/,
    weight: 0.85,
    guard: CONDITIONAL,
  },
  {
    rule: 'not-next-round',
    pattern:
      /\bnot\s+(?:to\s+|be\s+)?(?:take|taking|move|moving|advance|advancing|invite|inviting|progress|progressing)\s+(?:your application|your candidacy|your profile|you)\s+(?:to|into|forward to|for|further in)\s+(?:the\s+|an?\s+)?(?:next\s+|further\s+|following\s+|first\s+)?(?:round|stage|step|interviews?|phase)/,
    weight: 0.9,
    guard: CONDITIONAL,
  },
  {
    rule: 'no-match-found',
    pattern:
      /\b(?:couldn't|could not|did not|didn't|were unable to|was unable to) (?:find|see) an? (?:[\w-]+ )?(?:match|fit)\b/,
    weight: 0.6,
    guard: CONDITIONAL,
  },
  {
    rule: 'not-convinced',
    pattern: /\bnot\s+(?:fully\s+|entirely\s+)?convinced\b/,
    weight: 0.5,
    guard: CONDITIONAL,
  },
  {
    rule: 'difficult-decision',
    pattern: /\b(?:difficult|tough|hard|not an easy|wasn't an easy|was not an easy) (?:decision|choice)\b/,
    weight: 0.4,
  },
  {
    rule: 'many-applicants',
    pattern:
      /\b(?:received|had|reviewed) (?:a (?:great|large|high|huge|significant|overwhelming|tremendous) (?:number|amount|volume) of|many|numerous|so many|hundreds of|over \d+|an overwhelming response)\b/,
    weight: 0.3,
  },
  {
    rule: 'best-wishes',
    pattern:
      /\b(?:wish(?:ing)? you (?:all the best|the best|every success|success|good luck|luck|well)|best of luck|good luck (?:in|with|finding) your|all the best (?:in|for|with) your)/,
    weight: 0.3,
  },
  {
    rule: 'keep-on-file',
    pattern:
      /\b(?:keep|retain|hold) your (?:cv|resume|résumé|details|profile|application|information) (?:on file|in our)|future (?:opportunities|openings|vacancies|positions|roles)\b/,
    weight: 0.2,
  },
  {
    rule: 'de',
    pattern:
      /\b(?:leider\b.{0,160}?\b(?:nicht|absage|anderen? (?:kandidat|bewerber))|nicht (?:weiter )?berücksichtigen|absage)/,
    weight: 0.8,
    // "Leider können wir nicht jede Bewerbung individuell beantworten" is how German acknowledgements
    // excuse the silence to come, not a rejection.
    guard: /\bfalls\b|\bwenn\b|nicht (?:jede|alle|allen|immer|einzeln|individuell|sofort)\b/,
  },
  {
    rule: 'fr',
    pattern:
      /\b(?:nous sommes au regret|ne pas donner suite|ne pouvons pas donner suite|pas (?:pu )?(?:être )?retenue?|pas été retenue?|regrettons de vous informer)/,
    weight: 0.85,
    guard: /\bsi\b/,
  },
  {
    rule: 'nl',
    pattern:
      /\b(?:helaas\b.{0,160}?\b(?:niet|andere kandida)|afwijzing|niet verder (?:gaan|met)|besloten om niet)/,
    weight: 0.8,
    guard: /\bals\b|\bindien\b/,
  },
  {
    rule: 'es',
    pattern:
      /\b(?:lamentamos (?:informarle|comunicarle)|no ha(?:s)? sido seleccionad|no continuar con (?:tu|su) candidatura)/,
    weight: 0.85,
  },
];

/** Subjects that name the outcome. ATS rejections often say it only there. */
export const REJECTION_SUBJECT_RULES: readonly PhraseRule[] = [
  {
    rule: 'unsuccessful',
    pattern: /\b(?:unsuccessful|not successful|regret|rejection|declined)\b/,
    weight: 0.6,
  },
  {
    rule: 'outcome',
    pattern: /\b(?:outcome of your application|decision on your application|application outcome)\b/,
    weight: 0.3,
  },
  { rule: 'foreign', pattern: /\b(?:absage|afwijzing|refus de candidature)\b/, weight: 0.6 },
];
