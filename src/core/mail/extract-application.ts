import { isFreeMailDomain, relayForDomain } from './ats-domains';
import { domainOf, type MailMessage } from './mail-message';
import type { Evidence } from './phrase-rules';
import { isSystemSender } from './sender-signals';

/** What an acknowledgement says about the application it acknowledges. */
export interface AckApplication {
  company: string | null;
  role: string | null;
  /** 0..1: how sure the company reading is. */
  confidence: number;
  evidence: Evidence[];
}

const NAME = String.raw`([A-Z0-9][\w&.'’@+-]*(?:\s+(?:[A-Z0-9&][\w&.'’+-]*|of|de|la|und|and|for|the|du|von)){0,5})`;
const ROLE = String.raw`([A-Za-z][\w/&+#.,()' -]{1,80}?)`;
const END = String.raw`(?=\s*(?:[!.,;:|()\n-]|$|\s(?:and|as|has|was|is|we|!)\b))`;

/** Patterns in the order tried, each naming which group is the role and which the company. */
const PATTERNS: readonly { rule: string; re: RegExp; role?: number; company?: number; weight: number }[] = [
  {
    rule: 'role-at-company',
    re: new RegExp(
      String.raw`(?:position|role|job|opening) (?:of|as|for) (?:an? |the )?${ROLE} (?:at|with|in) (?:the )?${NAME}${END}`,
    ),
    role: 1,
    company: 2,
    weight: 0.85,
  },
  {
    rule: 'application-for-role-at',
    re: new RegExp(
      String.raw`(?:application|applying|applied) (?:for|to) (?:the |our |an? )?${ROLE}(?: (?:position|role|job|opening|vacancy))? (?:at|with) (?:the )?${NAME}${END}`,
      'i',
    ),
    role: 1,
    company: 2,
    weight: 0.85,
  },
  {
    rule: 'role-position',
    re: new RegExp(
      String.raw`(?:application|applying|applied|interest) (?:for|to|in) (?:the |our |an? )?${ROLE} (?:position|role|job|opening|vacancy)\b`,
      'i',
    ),
    role: 1,
    weight: 0.6,
  },
  {
    rule: 'applying-to-company',
    re: new RegExp(String.raw`(?:applying|applied|application|apply) (?:to|at|with) (?:the )?${NAME}${END}`),
    company: 1,
    weight: 0.8,
  },
  {
    rule: 'interest-in-company',
    re: new RegExp(
      String.raw`(?:interest in|interested in joining|interest in joining|interest in working (?:at|with|for)|career at|careers at|joining) (?:the )?${NAME}${END}`,
    ),
    company: 1,
    weight: 0.7,
  },
  {
    rule: 'sent-to-company',
    re: new RegExp(String.raw`application was sent to ${NAME}${END}`),
    company: 1,
    weight: 0.85,
  },
];

const TEAM_NAME =
  /^(.+?)\s+(?:hiring team|recruiting(?: team)?|recruitment(?: team)?|talent(?: acquisition)?(?: team)?|careers|jobs|people(?: team| ops)?|hr|human resources|via (?:greenhouse|lever|workable|ashby|smartrecruiters|workday))$/i;
const CAREERS_AT = /^(?:careers|jobs|recruiting|talent|hiring)\s+(?:at|@)\s+(.+)$/i;
const NOT_A_NAME =
  /^(?:you|your|our|us|we|the team|this|that|it|a|an|the|position|role|job|application|hiring team|team|linkedin|indeed)$/i;

function clean(value: string | undefined): string | null {
  if (!value) return null;
  const trimmed = value
    .replace(/\s+/g, ' ')
    .replace(/^[\s"'“‘]+|[\s"'”’.!,:;-]+$/g, '')
    .trim();
  if (trimmed.length < 2 || trimmed.length > 80 || NOT_A_NAME.test(trimmed)) return null;
  return trimmed;
}

function fromSender(msg: MailMessage): { company: string; rule: string; weight: number } | null {
  const display = (msg.from?.name ?? '').trim();
  const team = TEAM_NAME.exec(display)?.[1] ?? CAREERS_AT.exec(display)?.[1];
  const teamName = clean(team);
  if (teamName) return { company: teamName, rule: 'sender-name', weight: 0.7 };
  const domain = domainOf(msg.from?.address);
  if (!domain || relayForDomain(domain) || isFreeMailDomain(domain)) return null;
  const labels = domain.split('.');
  const label =
    labels.length >= 3 && /^(?:co|com|org|net|ac|gov)$/.test(labels[labels.length - 2] ?? '')
      ? labels[labels.length - 3]
      : labels[labels.length - 2];
  if (!label || label.length < 2) return null;
  return {
    company: label.charAt(0).toUpperCase() + label.slice(1),
    rule: 'sender-domain',
    weight: isSystemSender(msg.from) ? 0.45 : 0.5,
  };
}

/**
 * Reads the company and the role from an acknowledgement, for the mbox import to create the application:
 * "Thank you for applying to Acme", "Your application for Senior Engineer at Acme", a sender named "Acme
 * Hiring Team", and as a last resort the sender's domain.
 *
 * @example
 * extractApplicationFromAck(createMailMessage({ subject: 'Your application for Senior Engineer at Acme' }));
 * // { company: 'Acme', role: 'Senior Engineer', confidence: 0.85, evidence: [...] }
 */
export function extractApplicationFromAck(msg: MailMessage): AckApplication {
  let company: string | null = null;
  let role: string | null = null;
  let confidence = 0;
  const evidence: Evidence[] = [];
  const sources: [string, string][] = [
    ['subject', msg.subject],
    ['body', msg.text.slice(0, 4000).replace(/\s+/g, ' ')],
  ];
  for (const [where, text] of sources) {
    for (const p of PATTERNS) {
      const match = p.re.exec(text);
      if (!match) continue;
      const foundCompany = p.company ? clean(match[p.company]) : null;
      const foundRole = p.role ? clean(match[p.role]) : null;
      if (foundCompany && !company) {
        company = foundCompany;
        confidence = where === 'subject' ? p.weight : p.weight - 0.05;
        evidence.push({ rule: `${where}.${p.rule}`, detail: match[0].slice(0, 100) });
      }
      if (foundRole && !role) {
        role = foundRole;
        if (!evidence.some((e) => e.detail === match[0].slice(0, 100)))
          evidence.push({ rule: `${where}.${p.rule}`, detail: match[0].slice(0, 100) });
      }
      if (company && role) break;
    }
    if (company && role) break;
  }
  if (!company) {
    const sender = fromSender(msg);
    if (sender) {
      company = sender.company;
      confidence = sender.weight;
      evidence.push({ rule: sender.rule, detail: msg.from?.name || msg.from?.address || '' });
    }
  }
  return { company, role, confidence, evidence };
}
