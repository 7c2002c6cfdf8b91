import type { MailVerdict } from '../../core/mail/classify-message';
import type { MailLink } from '../../core/mail/link-message';
import type { MailMessage } from '../../core/mail/mail-message';
import type { MailJudgement } from '../../core/mail/mail-suggestion';
import type { MailRecord } from '../../ports/mail-records';

const STATUS: Record<MailJudgement['status'], MailRecord['status']> = { apply: 'applied', review: 'review', ignore: 'ignored' };

/** The record of one message read, before its event (if any) is made. */
export function mailRecordOf(
  id: string,
  messageId: string,
  source: MailRecord['source'],
  msg: MailMessage,
  receivedAt: string | null,
  verdict: MailVerdict,
  link: MailLink | null,
  judgement: MailJudgement,
  now: string,
): MailRecord {
  return {
    id,
    messageId,
    source,
    receivedAt: msg.date ?? receivedAt,
    from: msg.from?.address ?? null,
    subject: msg.subject.slice(0, 500),
    verdict: {
      kind: verdict.kind,
      confidence: verdict.confidence,
      tier: verdict.tier,
      evidence: [...(judgement.caution ? [judgement.caution] : []), ...verdict.evidence].slice(0, 12),
      returnDate: verdict.returnDate,
      failedRecipient: verdict.failedRecipient,
    },
    link,
    suggestion: judgement.suggestion,
    status: STATUS[judgement.status],
    eventId: null,
    applicationId: link?.applicationId ?? null,
    createdAt: now,
    updatedAt: now,
  };
}
