import type { PostingFinding } from './types';

/*
 * Names are read only where the posting presents someone as the contact, and the name must look like a
 * person's: two or three capitalised words, none of them a word that names a team, a company or a month.
 * A missed name costs the user a few keystrokes; a wrong one puts "Human Resources" in a greeting.
 */
const TOKEN = String.raw`\p{Lu}[\p{Ll}'’]*(?:-\p{Lu}?[\p{Ll}'’]+)?(?:\p{Lu}\p{Ll}+)?`;
const PARTICLE = String.raw`(?:van|von|de|da|del|der|den|di|du|la|le|bin|al)`;
const NAME = new RegExp(
  String.raw`(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?\s+)?(${TOKEN}(?:\s+\p{Lu}\.)?(?:\s+${PARTICLE}){0,2}\s+${TOKEN}(?:\s+${TOKEN})?)`,
  'uy',
);

const ROLE_WORD = String.raw`(?:our\s+|the\s+)?(?:HR|Human|Head|Hiring|Talent|Recruit\w*|Office|Practice|People|Director|Manager|Lead|Founder|Co-?founder|CEO|CTO|COO|CFO|Owner|Partner|President|VP|Senior|Principal|Engineering|Operations|Team)\b`;

interface NameCue {
  /** Ends where the name should start; carries the `g` and `i` flags. */
  pattern: RegExp;
  /** What must follow the name for the cue to count, tried at the name's end. */
  follow: RegExp;
}

const ANY_END = /^(?:\s*(?:[,.;:)(\n\r]|$|\s-\s|\s–\s|\s+(?:at|on|via|or|and)\b))/u;
/*
 * After "write to" or "contact", a name counts only when what follows makes the person the contact: "at …",
 * a role, or an email address ("Write to Jane Doe, jane.doe@acme.io" or "… <jane@acme.io>").
 */
const AS_CONTACT = new RegExp(
  String.raw`^(?:\s+(?:at|on|via)\b|\s*\(|\s*,\s*${ROLE_WORD}|\s*[,:\-–]?\s*<?[\p{L}\p{N}._%+\-]+@[\p{L}\p{N}\-]+\.)`,
  'u',
);

const NAME_CUES: readonly NameCue[] = [
  {
    pattern: /\b(?:contact(?:\s+person|\s+name)?|recruiter|hiring\s+manager|attn|attention)\s*[:\-–]\s*/gi,
    follow: ANY_END,
  },
  {
    pattern:
      /\b(?:send|e-?mail|forward|submit|address|direct|mail)\s+(?:your\s+|an?\s+|the\s+)?(?:cv|r[eé]sum[eé]|application|cover\s+letter|applications|cvs|details)(?:\s+(?:and|&)\s+(?:a\s+)?(?:cover\s+letter|cv|r[eé]sum[eé]))?\s+(?:directly\s+)?to\s+/gi,
    follow: ANY_END,
  },
  {
    pattern:
      /\b(?:reach\s+out\s+to|contact|get\s+in\s+touch\s+with|speak\s+(?:to|with)|call|e-?mail|write\s+to|talk\s+to|ask\s+for)\s+(?=\p{Lu})/giu,
    follow: AS_CONTACT,
  },
  {
    pattern:
      /\b(?:our|the|your)\s+(?:recruiter|hiring\s+manager|HR\s+manager|talent\s+partner|recruiting\s+manager|contact)\s*,?\s+/gi,
    follow: ANY_END,
  },
];

const NOT_A_NAME = new Set(
  (
    'human resources hr hiring manager team department recruitment recruiting talent acquisition careers career jobs ' +
    'job customer service services support sales office corp corporation inc ltd llc gmbh plc group company solutions ' +
    'technologies technology systems our the us please dear email e-mail phone apply here click now today info admin ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august ' +
    'september october november december street road avenue suite building center centre university college school ' +
    'hospital bank store us uk usa london new york city county state north south east west global international ' +
    'national american british consulting partners associates agency staffing resume cv cover letter application ' +
    'director chief executive officer head lead senior vice president coordinator specialist assistant recruiter ' +
    'representative administrator'
  ).split(' '),
);
const MAX_CUES = 200;

/**
 * Finds people named as contacts: "Contact: Jane Doe", "send your CV to Jane Doe, HR Manager", "reach out
 * to John Smith at …". The finding's span is the name alone.
 *
 * @example
 * findContactNames('Questions? Reach out to John Smith at john@acme.com.');
 * // [{ kind: 'name', start: 24, end: 34, text: 'John Smith', value: 'John Smith' }]
 */
export function findContactNames(text: string): PostingFinding[] {
  const findings: PostingFinding[] = [];
  let cues = 0;
  for (const cue of NAME_CUES) {
    for (const match of text.matchAll(cue.pattern)) {
      if ((cues += 1) > MAX_CUES) return sorted(findings);
      NAME.lastIndex = match.index + match[0].length;
      const name = NAME.exec(text);
      const person = name?.[1];
      if (name === null || person === undefined) continue;
      const end = name.index + name[0].length;
      if (!cue.follow.test(text.slice(end, end + 40)) || !looksLikeAPerson(person)) continue;
      const start = end - person.length;
      if (findings.some((f) => f.start === start)) continue;
      findings.push({ kind: 'name', start, end, text: person, value: person.replace(/\s+/g, ' ') });
    }
  }
  return sorted(findings);
}

function looksLikeAPerson(name: string): boolean {
  return name.split(/\s+/).every((word) => !NOT_A_NAME.has(word.toLowerCase().replace(/[.'’]/g, '')));
}

function sorted(findings: PostingFinding[]): PostingFinding[] {
  return findings.sort((a, b) => a.start - b.start);
}
