import type { PolicyRule } from './policy-rules';
import { APOS } from './text-context';

/** Who is meant: "only successful applicants", "only those selected for interview". */
const SELECTED =
  /\b(?:short-?listed|successful|selected|qualified|suitable|chosen|moving\s+forward|of\s+interest|who\s+(?:meet|match|best)|invited|for\s+(?:an?\s+|the\s+)?interviews?|progress\w*|advanc\w*|consideration)/i;
const PEOPLE =
  /\b(?:candidates?|applicants?|those|individuals|people|applications|persons|r[eé]sum[eé]s|cvs|you)\b/i;
const only = (): ['only_shortlisted'] => ['only_shortlisted'];

/**
 * Ways a posting says that only the candidates it takes forward will hear back. "Development opportunities
 * for successful applicants" mentions successful applicants but says nothing about being contacted, so each
 * rule needs both the selection and the contact.
 */
export const SHORTLIST_RULES: readonly PolicyRule[] = [
  {
    pattern:
      /\bonly\s+[^.!?\n]{0,80}?\bwill\s+be\s+(?:contacted|notified|called|invited|responded\s+to|acknowledged|interviewed|reached)\b/gi,
    classify: (match) => {
      const subject = match[0].replace(/\s+will\s+be\s+\S+(?:\s+to)?$/i, '');
      return SELECTED.test(subject) && PEOPLE.test(subject) ? only() : [];
    },
  },
  {
    pattern: new RegExp(
      String.raw`\bwe(?:\s+will|\s*${APOS}ll|\s+shall|\s+can|\s+may)?\s+only\s+(?:be\s+)?(?:contact|respond|reply|get\s+back|get\s+in\s+touch|notify|be\s+in\s+touch|reach\s+out|call)\w*\b[^.!?\n]{0,60}?\b(?:short-?listed|successful|selected|qualified|suitable|chosen|moving\s+forward|invited|interview|whose|who\s+(?:meet|match|best)|progress|consideration|advanc)\w*`,
      'gi',
    ),
    classify: only,
  },
  {
    pattern: new RegExp(
      String.raw`\b(?:are\s+unable|cannot|can${APOS}?t|(?:will\s+)?not\s+be\s+able|are\s+not\s+able)\s+to\s+(?:personally\s+)?(?:respond|reply)\s+(?:individually\s+)?to\s+(?:all|every|each|everyone|unsuccessful)\b`,
      'gi',
    ),
    classify: only,
  },
  {
    pattern:
      /\b(?:unsuccessful|other|non-?shortlisted)\s+(?:candidates|applicants)\s+will\s+not\s+be\s+(?:contacted|notified|informed)\b/gi,
    classify: only,
  },
  {
    pattern: new RegExp(
      String.raw`\bif\s+you\s+(?:have\s+not|haven${APOS}?t|do\s+not|don${APOS}?t|did\s+not|didn${APOS}?t)\s+(?:heard|hear)\b[^.!?\n]{0,140}?\b(?:unsuccessful|not\s+(?:been\s+)?(?:successful|shortlisted|selected|progressed))`,
      'gi',
    ),
    classify: only,
  },
];
