import MailComposer from 'nodemailer/lib/mail-composer';
import type { OutgoingMail } from '../../ports/mailer';

const bracket = (id: string) => `<${id}>`;

/**
 * The exact bytes of a message: built once, sent over SMTP, and saved to Sent, so the copy in Sent is what
 * went out and carries the Message-ID the outbox chose.
 *
 * @example
 * const raw = await buildRawMessage({ from, to, subject: 'Following up', text: 'Hello', messageId: 'a.b@me.example', inReplyTo: null, references: [], date: now });
 */
export function buildRawMessage(mail: OutgoingMail): Promise<Buffer> {
  const composer = new MailComposer({
    from: { name: mail.from.name, address: mail.from.address },
    to: [{ name: mail.to.name, address: mail.to.address }],
    subject: mail.subject,
    text: mail.text,
    messageId: bracket(mail.messageId),
    date: new Date(mail.date),
    ...(mail.inReplyTo ? { inReplyTo: bracket(mail.inReplyTo) } : {}),
    ...(mail.references.length > 0 ? { references: mail.references.map(bracket) } : {}),
    textEncoding: 'quoted-printable',
  });
  return new Promise((resolve, reject) => {
    composer.compile().build((error, message) => (error ? reject(error) : resolve(message)));
  });
}
