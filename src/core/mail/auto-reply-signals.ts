import type { MailMessage } from './mail-message';
import { findHits, noisyOr, type Evidence, type PhraseRule } from './phrase-rules';

/** What the headers, subject and body say about a message having been sent by a machine on someone's behalf. */
export interface AutoReplySignals {
  /** Support for "an automatic reply to a message" (RFC 3834 `auto-replied` and its vendor cousins). */
  autoReplied: number;
  /** Support for "sent by a machine, not in reply to anything" (notifications, `auto-generated`). */
  generated: number;
  /** Support for "the person is away", which is what makes an auto-reply move a follow-up. */
  outOfOffice: number;
  evidence: Evidence[];
}

/** Vendor headers that only autoresponders set. */
const AUTOREPLY_HEADERS = [
  'x-autoreply',
  'x-autorespond',
  'x-auto-reply',
  'x-autoreply-from',
  'x-mail-autoreply',
  'x-vacation',
  'x-autoresponder',
];

const SUBJECT_RULES: readonly PhraseRule[] = [
  {
    rule: 'subject.auto-reply',
    pattern:
      /^(?:\[?auto(?:matic|matische|mated|matisk)?[ -]?(?:reply|response|antwort|respons|réponse|risposta|respuesta|svar|antwoord|responder)|réponse automatique|automatisch antwoord|respuesta automática|autosvar|autoresponse|\[auto\])/,
    weight: 0.85,
  },
];

const OOO_SUBJECT: readonly PhraseRule[] = [
  {
    rule: 'subject.out-of-office',
    pattern:
      /\b(?:out of (?:the )?office|ooo|away (?:until|till|from|on)|on (?:annual |parental |maternity )?leave|vacation|holiday|abwesen|absence|absent|congé|fuera de la oficina|afwezig)\b/,
    weight: 0.85,
  },
];

const OOO_BODY: readonly PhraseRule[] = [
  {
    rule: 'body.out-of-office',
    pattern:
      /\b(?:(?:i am|i'm|i will be|i'll be|currently|will be|i am currently|i'm currently)\s+(?:currently\s+)?(?:out of (?:the )?office|ooo|away|on (?:annual |parental |maternity |paternity |sick |medical )?leave|on (?:vacation|holiday|holidays|a business trip|sabbatical)|travel(?:l)?ing|off work|out sick|off sick|unavailable|not in the office|out until)|out of (?:the )?office (?:until|till|through|from|on|and|today|this|next)|away from (?:the office|my desk|email|my email) (?:until|till|through|from|on))/,
    weight: 0.75,
  },
  {
    rule: 'body.limited-access',
    pattern:
      /\b(?:limited|no|intermittent) (?:access to|availability on|access to my) (?:e-?mails?|my e-?mail|phone)|\bupon my return\b|\bwhen i (?:return|am back|get back)\b|\b(?:return|be back) (?:to the office |in the office )?(?:on|from)\b/,
    weight: 0.6,
  },
  {
    rule: 'body.abwesend',
    pattern: /\b(?:bin ich (?:nicht im büro|abwesend|im urlaub)|je suis absente?|ik ben afwezig)\b/,
    weight: 0.75,
  },
];

const AUTO_BODY: readonly PhraseRule[] = [
  {
    rule: 'body.no-longer-monitored',
    pattern:
      /\b(?:this (?:e-?mail )?(?:inbox|address|mailbox|account) is no longer (?:in use|monitored|active)|no longer (?:with|working (?:at|for)) \w)/,
    weight: 0.55,
  },
  {
    rule: 'body.autoresponder',
    pattern:
      /\b(?:this is an? (?:automatic|automated|auto-generated) (?:reply|response|message)|(?:automatic|automated) reply\b)/,
    weight: 0.5,
  },
];

function autoSubmittedEvidence(
  msg: MailMessage,
  evidence: Evidence[],
): { replied: number; generated: number } {
  let replied = 0;
  let generated = 0;
  const autoSubmitted = (msg.headers['auto-submitted']?.[0] ?? '').trim().toLowerCase();
  if (autoSubmitted.startsWith('auto-replied')) {
    replied = Math.max(replied, 0.9);
    evidence.push({ rule: 'header.auto-submitted', detail: autoSubmitted });
  } else if (autoSubmitted !== '' && !autoSubmitted.startsWith('no')) {
    generated = Math.max(generated, 0.6);
    evidence.push({ rule: 'header.auto-submitted', detail: autoSubmitted });
  }
  for (const name of AUTOREPLY_HEADERS) {
    const value = msg.headers[name]?.[0];
    if (value !== undefined) {
      replied = Math.max(replied, 0.9);
      evidence.push({ rule: `header.${name}`, detail: value.slice(0, 80) });
    }
  }
  const precedence = (msg.headers.precedence?.[0] ?? '').trim().toLowerCase();
  if (precedence === 'auto_reply' || precedence === 'auto-reply') {
    replied = Math.max(replied, 0.9);
    evidence.push({ rule: 'header.precedence', detail: precedence });
  }
  if (msg.headers['x-ms-exchange-inbox-rules-loop'] !== undefined) {
    replied = Math.max(replied, 0.6);
    evidence.push({ rule: 'header.x-ms-exchange-inbox-rules-loop', detail: 'Exchange inbox rule answered' });
  }
  if (msg.headers['x-auto-response-suppress'] !== undefined) {
    replied = noisyOr([replied, 0.25]);
    evidence.push({
      rule: 'header.x-auto-response-suppress',
      detail: msg.headers['x-auto-response-suppress']?.[0] ?? '',
    });
  }
  return { replied, generated };
}

/**
 * Reads the signs of an automatic reply. Header evidence is strong (RFC 3834 `Auto-Submitted: auto-replied`,
 * `X-Autoreply`, Apple's `X-Apple-Action: VACATION`); subjects and body phrases also say whether the person
 * is away, which is what the planner needs to know.
 *
 * @example
 * readAutoReplySignals(createMailMessage({ subject: 'Out of office' }), '').outOfOffice; // 0.85
 */
export function readAutoReplySignals(msg: MailMessage, subject: string, body: string): AutoReplySignals {
  const evidence: Evidence[] = [];
  const { replied, generated } = autoSubmittedEvidence(msg, evidence);
  const oooWeights: number[] = [];
  const apple = (msg.headers['x-apple-action']?.[0] ?? '').toLowerCase();
  if (apple.includes('vacation')) {
    oooWeights.push(0.95);
    evidence.push({ rule: 'header.x-apple-action', detail: apple });
  }
  const subjectHits = findHits(subject, SUBJECT_RULES);
  const oooSubjectHits = findHits(subject, OOO_SUBJECT);
  const oooBodyHits = findHits(body, OOO_BODY);
  const autoBodyHits = findHits(body, AUTO_BODY);
  evidence.push(...subjectHits, ...oooSubjectHits, ...oooBodyHits, ...autoBodyHits);
  oooWeights.push(...oooSubjectHits.map((h) => h.weight), ...oooBodyHits.map((h) => h.weight));
  return {
    autoReplied: noisyOr([
      replied,
      ...subjectHits.map((h) => h.weight),
      ...autoBodyHits.map((h) => h.weight),
    ]),
    generated,
    outOfOffice: noisyOr(oooWeights),
    evidence: evidence.map(({ rule, detail }) => ({ rule, detail })),
  };
}
