import { readAutoReplySignals } from './auto-reply-signals';
import { readBounceSignals } from './bounce-signals';
import { readJobSignals } from './job-signals';
import type { LinkVia } from './link-message';
import type { MailMessage } from './mail-message';
import { bodyForMatching, normaliseForMatching } from './mail-text';
import { MEDIUM_CONFIDENCE, noisyOr, tierOf, type ConfidenceTier, type Evidence } from './phrase-rules';
import { extractReturnDate } from './return-date';
import {
  HIRING_VOCABULARY,
  isSystemSender,
  JOB_VOCABULARY,
  mailingListEvidence,
  REPLY_SUBJECT,
} from './sender-signals';

export const MAIL_KINDS = [
  'human_reply',
  'auto_reply',
  'bounce',
  'ack',
  'rejection',
  'interview_invite',
  'unrelated',
] as const;
export type MailKind = (typeof MAIL_KINDS)[number];

export interface MailVerdict {
  kind: MailKind;
  /** 0..1. */
  confidence: number;
  tier: ConfidenceTier;
  evidence: Evidence[];
  /** For an out-of-office reply: the date the person is back, `YYYY-MM-DD`. */
  returnDate: string | null;
  /** For a bounce: the address that could not be reached. */
  failedRecipient: string | null;
  bounce?: 'hard' | 'soft';
}

export interface ClassifyOptions {
  /** The instant to resolve relative dates against when the message has no Date header. */
  now?: string;
  /** How the message was linked to an application, if it was: a person answering in our thread is a reply. */
  link?: { via: LinkVia } | null;
}

function make(
  kind: MailKind,
  confidence: number,
  evidence: Evidence[],
  extra: Partial<MailVerdict> = {},
): MailVerdict {
  const c = Math.round(Math.min(Math.max(confidence, 0), 0.99) * 1000) / 1000;
  return {
    kind,
    confidence: c,
    tier: tierOf(c),
    evidence,
    returnDate: null,
    failedRecipient: null,
    ...extra,
  };
}

/** Extra confidence that a person's message is a reply, by how it was linked to an application. */
const LINK_BONUS: Record<LinkVia, number> = { thread: 0.45, contact: 0.35, domain: 0.2, ats_subject: 0.15 };

/**
 * A person's message is a reply about an application when it is linked to one, or when it answers something
 * and talks about hiring. Anything else a person writes (a friend's "Re: dinner") is unrelated.
 */
function humanOrUnrelated(
  msg: MailMessage,
  subject: string,
  body: string,
  options: ClassifyOptions,
): MailVerdict {
  const evidence: Evidence[] = [];
  const replyish = msg.inReplyTo !== null || msg.references.length > 0 || REPLY_SUBJECT.test(subject);
  if (replyish) evidence.push({ rule: 'thread.reply', detail: msg.inReplyTo ?? msg.subject.slice(0, 80) });
  const via = options.link?.via;
  if (via) evidence.push({ rule: `link.${via}`, detail: 'linked to an application' });
  const text = `${subject} ${body}`;
  const hiring = HIRING_VOCABULARY.exec(text);
  const jobWords = hiring ?? JOB_VOCABULARY.exec(text);
  if (jobWords)
    evidence.push({ rule: hiring ? 'text.hiring-vocabulary' : 'text.job-vocabulary', detail: jobWords[0] });
  if (!via && !(replyish && hiring)) {
    return make(
      'unrelated',
      0.7,
      evidence.length ? evidence : [{ rule: 'default', detail: 'no job, reply or automation signal' }],
    );
  }
  const confidence =
    (replyish ? 0.45 : 0.35) + (via ? LINK_BONUS[via] : 0) + (hiring ? 0.15 : jobWords ? 0.05 : 0);
  return make('human_reply', confidence, evidence);
}

/**
 * Classifies one message: a bounce, an automatic reply, one of the job outcomes (acknowledgement, rejection,
 * interview invitation), a person's reply, or unrelated mail. Each verdict carries a confidence, its tier
 * and the evidence behind it; out-of-office replies carry the return date, bounces the failed recipient.
 *
 * @example
 * classifyMessage(createMailMessage({ subject: 'Automatic reply: Application', text: 'I am out of the office until 14 March.',
 *   date: '2025-03-03T09:00:00Z', headers: { 'auto-submitted': ['auto-replied'] } }));
 * // { kind: 'auto_reply', tier: 'high', returnDate: '2025-03-14', ... }
 */
export function classifyMessage(msg: MailMessage, options: ClassifyOptions = {}): MailVerdict {
  const subject = normaliseForMatching(msg.subject);
  const body = bodyForMatching(msg.text);
  const bounce = readBounceSignals(msg, subject, body, msg.text.slice(0, 20_000));
  if (bounce.feedbackReport)
    return make('unrelated', 0.9, [
      { rule: 'report.feedback', detail: 'an abuse or feedback report, not a delivery failure' },
    ]);
  const list = mailingListEvidence(msg.headers);
  // List traffic quotes delivery errors all the time (bug reports, build failures); only a mail system's own
  // report or sender makes list mail a bounce.
  if (bounce.score >= 0.6 && (!list || bounce.fromMailSystem)) {
    return make('bounce', bounce.score, bounce.evidence, {
      failedRecipient: bounce.failedRecipient,
      bounce: bounce.hard ? 'hard' : 'soft',
    });
  }
  if (list) return make('unrelated', 0.95, [list]);

  const auto = readAutoReplySignals(msg, subject, body);
  const autoConfidence = noisyOr([auto.autoReplied, auto.outOfOffice]);
  const reference = msg.date ?? options.now ?? null;
  const asAutoReply = (): MailVerdict =>
    make('auto_reply', autoConfidence, auto.evidence, {
      returnDate:
        auto.outOfOffice >= 0.6 && reference
          ? extractReturnDate([msg.subject, msg.text], reference, msg.headers)
          : null,
    });
  if (auto.outOfOffice >= 0.8 || (auto.outOfOffice >= 0.6 && auto.autoReplied >= 0.5)) return asAutoReply();

  const read = readJobSignals(subject, body);
  // A person answering in our thread or from a known address is at least a reply: a job reading too weak to
  // act on must not turn it into something ignored.
  const personal = options.link?.via === 'thread' || options.link?.via === 'contact';
  const job = read && personal && read.confidence < MEDIUM_CONFIDENCE && !isSystemSender(msg.from) ? null : read;
  if (job && job.confidence >= 0.5) return make(job.kind, job.confidence, job.evidence);
  if (auto.autoReplied >= 0.5 || auto.outOfOffice >= 0.6) return asAutoReply();

  const system = isSystemSender(msg.from);
  if (auto.generated >= 0.5 || system) {
    const evidence = [
      ...auto.evidence,
      ...(system ? [{ rule: 'sender.system', detail: msg.from?.address ?? '' }] : []),
    ];
    if (job) return make(job.kind, job.confidence, [...job.evidence, ...evidence]);
    // A robot answering in a thread (a ticket system, a shared inbox) is an automatic reply, not news.
    if (msg.inReplyTo !== null) return make('auto_reply', 0.6, evidence);
    return make('unrelated', 0.75, evidence);
  }
  if (job) return make(job.kind, job.confidence, job.evidence);
  return humanOrUnrelated(msg, subject, body, options);
}
