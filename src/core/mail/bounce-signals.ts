import { headerValue, type MailMessage } from './mail-message';
import { findHits, noisyOr, type Evidence, type PhraseRule } from './phrase-rules';
import { findFailedRecipient } from './failed-recipient';

export interface BounceSignals {
  score: number;
  evidence: Evidence[];
  /** 5.x.x and 5xx are permanent (hard); 4.x.x, 4xx and "delayed" are temporary (soft). */
  hard: boolean;
  failedRecipient: string | null;
  /** An RFC 5965 abuse or feedback report: about a message we sent, but not a delivery failure. */
  feedbackReport: boolean;
  /** A report, a failure header or a mail system sender: signs that list software and people do not fake. */
  fromMailSystem: boolean;
}

const DAEMON =
  /^(?:mailer-daemon|mailer_daemon|mail-daemon|mailerdaemon|post_?master|poostmaster|mmdf|mail\.delivery\.system|mail-delivery|bounces?|double-bounce)(?:[+@]|$)/;

const SUBJECT_RULES: readonly PhraseRule[] = [
  {
    rule: 'subject.delivery-failure',
    pattern:
      /\b(?:undeliver(?:ed|able)|delivery (?:status notification|failure|failed|has failed|notification|report|problem|status)|returned (?:mail|to sender)|failure notice|mail delivery (?:failed|failure|system|subsystem|status)|non[- ]?(?:delivery|remis)|could not (?:be )?deliver|(?:message|mail) not delivered|mail system error|permanent (?:delivery )?failure|failed delivery|unzustellbar|nicht zustellbar|could not send (?:message|mail)|delayed mail|error sending your mail|postmaster notify|mail failure|delivery status|returned mail)/,
    weight: 0.8,
  },
  // Japanese has no word boundaries that \b can see, so these stand alone.
  {
    rule: 'subject.delivery-failure-ja',
    pattern: /(?:メールエラー|配信エラー|配送エラー|送信エラー|配信不能|不達)/,
    weight: 0.8,
  },
];

const BODY_RULES: readonly PhraseRule[] = [
  {
    rule: 'body.delivery-failure',
    pattern:
      /\b(?:(?:could not|couldn't|was not|wasn't|cannot|can't|has not been|could not be|were not|not be) (?:be )?deliver(?:ed)?|delivery (?:to the following recipients?|has) failed|permanent (?:error|fatal error|failure)|user unknown|unknown user|no such (?:user|mailbox|address|recipient)|invalid (?:user|recipient|mailbox|e-?mail) address|mailbox (?:unavailable|not found|is full|full|does not exist|disabled)|recipient address rejected|address rejected|over quota|quota exceeded|the following address(?:es)? (?:failed|had permanent)|undeliverable|relay access denied|host or domain name not found|remote server returned|returned to sender|delivery has failed|unable to deliver|message you sent (?:was )?blocked|i'm afraid i wasn't able to deliver|this is a permanent error)/,
    weight: 0.6,
  },
  {
    rule: 'body.delivery-failure-ja',
    pattern: /(?:送信できませんでした|配信できませんでした|届きませんでした|宛先不明)/,
    weight: 0.6,
  },
  { rule: 'body.status-code', pattern: /\b[45]\.\d{1,3}\.\d{1,3}\b/, weight: 0.3 },
  { rule: 'body.smtp-code', pattern: /\b(?:421|450|451|452|550|551|552|553|554)[ -]/, weight: 0.3 },
];

const SOFT =
  /\b(?:delay(?:ed)?|will (?:continue to )?(?:retry|try)|temporar(?:y|ily)|deferred|not yet been delivered|still being retried|could not send (?:message|mail) for (?:the )?past|warning)\b/;

function statusClass(status: string | null): '4' | '5' | null {
  const first = status?.trim()[0];
  return first === '4' || first === '5' ? first : null;
}

function isHard(msg: MailMessage, subject: string, body: string): boolean {
  const classes = msg.dsn.map((d) => (d.action === 'delayed' ? '4' : statusClass(d.status)));
  if (classes.includes('5')) return true;
  if (classes.includes('4')) return false;
  const enhanced = /\b([45])\.\d{1,3}\.\d{1,3}\b/.exec(body)?.[1];
  if (enhanced) return enhanced === '5';
  const smtp = /\b([45])\d\d[ -]/.exec(body)?.[1];
  if (smtp) return smtp === '5';
  return !SOFT.test(subject) && !SOFT.test(body.slice(0, 2000));
}

/**
 * Reads the signs of a delivery failure: a delivery-status report, failure headers, a mailer-daemon sender,
 * the subjects and phrases MTAs use, and SMTP status codes. Without any structural sign (report, header,
 * sender or subject) a message that only quotes an error stays below the medium tier.
 *
 * @example
 * const msg = createMailMessage({ dsn: [{ action: 'failed', status: '5.1.1', finalRecipient: 'a@b.c', diagnostic: null }] });
 * readBounceSignals(msg, '', '', '').hard; // true
 */
export function readBounceSignals(
  msg: MailMessage,
  subject: string,
  body: string,
  rawText: string,
): BounceSignals {
  const evidence: Evidence[] = [];
  const structural: number[] = [];
  const contentType = (headerValue(msg.headers, 'content-type') ?? '').toLowerCase();
  const feedbackReport = /report-type="?feedback-report/.test(contentType);
  if (msg.dsn.length > 0) {
    structural.push(0.99);
    const first = msg.dsn[0];
    evidence.push({
      rule: 'dsn.status',
      detail: `${first?.action ?? 'no action'} ${first?.status ?? 'no status'}`,
    });
  } else if (/multipart\/report/.test(contentType) && /report-type="?delivery-status/.test(contentType)) {
    structural.push(0.95);
    evidence.push({ rule: 'header.content-type', detail: 'multipart/report; report-type=delivery-status' });
  }
  const failedHeader = headerValue(msg.headers, 'x-failed-recipients');
  if (failedHeader) {
    structural.push(0.9);
    evidence.push({ rule: 'header.x-failed-recipients', detail: failedHeader.slice(0, 100) });
  }
  // Amazon SES forwards bounces as JSON notifications through SNS.
  if (/\\?"notificationtype\\?"\s*:\s*\\?"bounce/.test(body)) {
    structural.push(0.9);
    evidence.push({ rule: 'body.ses-bounce', detail: 'notificationType: Bounce' });
  }
  const fromMailSystem = structural.length > 0;
  const from = msg.from?.address ?? '';
  const daemon = DAEMON.test(from) || /\bmail delivery (?:subsystem|system)\b/i.test(msg.from?.name ?? '');
  if (daemon) {
    structural.push(0.6);
    evidence.push({ rule: 'sender.mailer-daemon', detail: from || (msg.from?.name ?? '') });
  }
  const subjectHits = findHits(subject, SUBJECT_RULES);
  structural.push(...subjectHits.map((h) => h.weight));
  const bodyHits = findHits(body.slice(0, 8000), BODY_RULES);
  evidence.push(
    ...subjectHits.map(({ rule, detail }) => ({ rule, detail })),
    ...bodyHits.map(({ rule, detail }) => ({ rule, detail })),
  );
  const all = noisyOr([...structural, ...bodyHits.map((h) => h.weight)]);
  const score = structural.length === 0 ? Math.min(all, 0.55) : all;
  return {
    score: feedbackReport ? 0 : score,
    evidence,
    hard: isHard(msg, subject, body),
    failedRecipient: findFailedRecipient(msg, failedHeader, rawText),
    feedbackReport,
    fromMailSystem: fromMailSystem || daemon,
  };
}
