import { Option, type Command } from 'commander';
import type { Handler } from './command-context';

type Handle = (load: () => Promise<Handler>) => (...params: unknown[]) => Promise<void>;
const collect = (value: string, previous: string[]) => [...previous, value];

/**
 * The mail commands: the account, the outbox, the inbox watcher and its review queue, `classify`, and
 * `import mbox` beside `import csv` (added to the `import` command when it exists, created otherwise).
 */
export function registerMail(program: Command, handle: Handle): void {
  const mail = program.command('mail').description('send approved follow-ups and read replies through your mailbox');
  const setup = mail
    .command('setup')
    .description('save your mail account after testing both servers; says exactly what failed')
    .requiredOption('--address <email>', 'the address you send from')
    .option('--name <name>', 'the name shown with it')
    .option('--user <login>', 'the login for both servers (default: the address)')
    .option('--password-stdin', 'read the app password from standard input')
    .option('--password <password>', 'the app password (avoid: it stays in your shell history)');
  for (const server of ['imap', 'smtp'] as const) {
    setup
      .option(`--${server}-host <host>`, `${server.toUpperCase()} server (known for Gmail, Outlook, Yahoo, iCloud, Fastmail)`)
      .option(`--${server}-port <n>`, `${server.toUpperCase()} port`)
      .addOption(new Option(`--${server}-security <mode>`, 'tls (from the first byte), starttls, or plain (this machine only)').choices(['tls', 'starttls', 'plain']))
      .option(`--${server}-user <login>`, `${server.toUpperCase()} login, when it differs`);
  }
  setup
    .option('--sent-folder <name>', 'the Sent folder (default: the one marked \\Sent)')
    .addOption(new Option('--sent-copy <mode>', 'who saves sent mail to Sent: auto, append (hearback), provider').choices(['auto', 'append', 'provider']))
    .option('--daily-cap <n>', 'at most this many messages a day (default 25)')
    .option('--company-gap <minutes>', 'minutes between two messages to one company (default 120)')
    .option('--folder <name>', 'a folder to watch; repeat for more (default INBOX)', collect, [])
    .option('--no-test', 'save without testing the servers')
    .action(handle(async () => (await import('./commands/mail-setup')).mailSetup));
  mail.command('status').description('the account, the outbox and the review queue').action(handle(async () => (await import('./commands/mail-status')).mailStatus));
  mail
    .command('approve <action-id>')
    .description("queue an action's draft (or your edit) to be sent in the recipient's send window")
    .option('--subject <text>', 'your subject instead of the draft’s')
    .option('--body-file <file>', 'your message body instead of the draft’s ("-" for stdin)')
    .option('--to <email>', 'another recipient address')
    .option('--force', 'queue it even with lint errors')
    .action(handle(async () => (await import('./commands/mail-approve')).mailApprove));
  mail
    .command('decide <action-id>')
    .description('settle a message hearback could not: --sent (it went out), --resend or --cancel')
    .option('--sent', 'it is in your Sent folder: record it as sent')
    .option('--resend', 'send it again')
    .option('--cancel', 'do not send it')
    .action(handle(async () => (await import('./commands/mail-approve')).mailDecide));
  mail.command('cancel <action-id>').description('take a queued message out of the outbox').action(handle(async () => (await import('./commands/mail-approve')).mailCancel));
  mail
    .command('send')
    .description('send what is due now')
    .option('--until-idle', 'keep going until nothing is due or in flight')
    .action(handle(async () => (await import('./commands/mail-send')).mailSend));
  mail.command('check').description('read new mail once: link, classify, apply or queue for review').action(handle(async () => (await import('./commands/mail-watch')).mailCheck));
  mail
    .command('watch')
    .description('send and read mail in the foreground until Ctrl+C (IMAP IDLE, else polling)')
    .option('--poll <seconds>', 'how often to look without IDLE (default 60)')
    .option('--no-send', 'only read mail')
    .action(handle(async () => (await import('./commands/mail-watch')).mailWatch));

  const inbox = program.command('inbox').description('what hearback made of your mail');
  inbox
    .command('review')
    .description('messages hearback was not sure about; --accept ID or --dismiss ID')
    .option('--accept <id>', 'do what it suggests')
    .option('--dismiss <id>', 'drop it')
    .option('--app <application-id>', 'with --accept: the application it is about')
    .action(handle(async () => (await import('./commands/inbox-review')).inboxReview));
  inbox.command('undo <id>').description('remove the event a message made, and replan').action(handle(async () => (await import('./commands/inbox-review')).inboxUndo));

  program
    .command('classify [file]')
    .description('classify one RFC 822 message ("-" or nothing for stdin): reply, rejection, interview, ack, auto-reply, bounce...')
    .action(handle(async () => (await import('./commands/classify')).classify));

  const importer = program.commands.find((c) => c.name() === 'import') ?? program.command('import').description('bring applications in');
  importer
    .command('mbox <file>')
    .description('rebuild history from a mailbox file (Gmail Takeout and others): resumable, idempotent')
    .option('--since <date>', 'only mail from this date, YYYY-MM-DD')
    .option('--dry-run', 'print what it would create, and write nothing')
    .option('--restart', 'read a finished file again (nothing is created twice)')
    .option('--me <email>', 'your address, whose messages are skipped (default: your mail account); repeat for more', collect, [])
    .action(handle(async () => (await import('./commands/import-mbox')).importMboxCommand));
}
