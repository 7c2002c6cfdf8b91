import { Option, type Command } from 'commander';
import { EVENT_KINDS, STAGES } from '../core/model';
import type { Handler } from './command-context';
import { registerImportExport } from './register-import-export';
import { registerMail } from './register-mail';
import { PARAM_OPTIONS } from './commands/settings-params';

/** What a command reads of the global options beyond --home, --db, --now and --json, which every command may use. */
export interface CommandUses {
  /** The command reads the global `--playbook`; any other command refuses it. */
  playbook?: boolean;
}
type Handle = (load: () => Promise<Handler>, uses?: CommandUses) => (...params: unknown[]) => Promise<void>;
const collect = (value: string, previous: string[]) => [...previous, value];

/**
 * Declares every command and its options. Handlers are imported only when their command runs, so that
 * `hearback today` loads none of the code that `add` or `import` needs.
 */
export function registerCommands(program: Command, handle: Handle): void {
  program
    .command('add')
    .description('add an application and print its id')
    .requiredOption('--company <name>', 'employer')
    .requiredOption('--role <title>', 'job title')
    .option('--applied <iso>', 'when you applied (date or time); leave out for a saved job')
    .option('--tz <zone>', "the employer's IANA time zone, e.g. America/New_York")
    .option('--country <CC[-REGION]>', "the employer's country and region for holidays, e.g. US, DE-BY")
    .option('--contact <person>', 'a contact, "Name <email>"; repeat for more', collect, [])
    .option('--phone <number>', "the first contact's phone")
    .option('--direct', 'the phone is a direct line, not a switchboard')
    .option('--role-of-contact <role>', 'hiring_manager, recruiter, interviewer or other', 'hiring_manager')
    .option('--posting-file <file>', 'the posting text, analysed for do-not-contact notes, dates and contacts ("-" for stdin)')
    .option('--url <url>', 'the posting URL')
    .option('--source <where>', 'where you found it: LinkedIn, referral...')
    .option('--location <place>', 'where the job is')
    .action(handle(async () => (await import('./commands/add')).add, { playbook: true }));

  program
    .command('log <id> <event>')
    .description(`record an event: ${EVENT_KINDS.join(', ')}`)
    .option('--at <iso>', 'when it happened (default: now)')
    .option('--note <text>', 'a note')
    .option('--interviewers <people>', 'for an interview: "Dana Smith <dana@acme.io>, Lee"')
    .option('--discussed <points>', 'for an interview: "point; point"')
    .option('--next-step-date <date>', 'for an interview: when they said you would hear')
    .option('--outcome <text>', 'for a call: not_seen, declined, shortlisted, voicemail, no_answer, or words')
    .option('--return-date <date>', 'for an auto-reply: when they are back')
    .option('--address <email>', 'for a bounce: the address that bounced')
    .option('--soft', 'for a bounce: a temporary failure')
    .option('--channel <channel>', 'for a follow-up: email or phone')
    .action(handle(async () => (await import('./commands/log')).log));

  program
    .command('plan <id>')
    .description('the plan for one application, with reasons and sources (--playbook previews another)')
    .action(handle(async () => (await import('./commands/show')).plan, { playbook: true }));
  program
    .command('show <id>')
    .description('an application: contacts, events and plan (--playbook previews another)')
    .action(handle(async () => (await import('./commands/show')).show, { playbook: true }));
  program
    .command('list')
    .description('applications, newest last')
    .addOption(new Option('--stage <stage>', 'only this stage').choices([...STAGES]))
    .action(handle(async () => (await import('./commands/list')).list));
  program
    .command('today')
    .description('what is due now, then the next days')
    .option('--days <n>', 'how many days ahead to show', '7')
    .option('--all', 'list every item due now, not only the 20 most relevant')
    .action(handle(async () => (await import('./commands/today')).today));

  // Each verb declares only the options it reads, so `done --until` is refused instead of silently ignored.
  program
    .command('done <action-id>')
    .description('record that you did it')
    .option('--at <iso>', 'when you did it (default: now)')
    .option('--channel <channel>', 'email or phone, if you called instead')
    .option('--outcome <outcome>', 'for a call: not_seen, declined, shortlisted, voicemail, no_answer, other')
    .option('--note <text>', 'a note')
    .action(handle(async () => (await import('./commands/act')).done));
  program
    .command('snooze <action-id>')
    .description('move it later (default: by a day)')
    .option('--until <iso>', 'until when')
    .option('--note <text>', 'a note')
    .action(handle(async () => (await import('./commands/act')).snooze));
  program
    .command('skip <action-id>')
    .description('skip it; the chain moves on')
    .option('--note <text>', 'a note')
    .action(handle(async () => (await import('./commands/act')).skip));

  program
    .command('reset <action-id>')
    .description('undo a snooze or a skip: the action comes back where the plan puts it')
    .action(handle(async () => (await import('./commands/act')).reset));

  program
    .command('analyze-posting [file]')
    .description('what a posting says about contact, dates and people ("-" or nothing for stdin)')
    .option('--country <CC>', 'reads 03/04 as month/day for US, day/month otherwise')
    .option('--reference-date <date>', 'relative periods count from it (default: today)')
    .action(handle(async () => (await import('./commands/analyze-posting')).analyzePostingCommand));

  program
    .command('demo')
    .description('load example applications into an empty store (or --remove them)')
    .option('--remove', 'remove the demo applications')
    .action(handle(async () => (await import('./commands/demo')).demo));

  program
    .command('draft <action-id>')
    .description('the first draft of an action: subject, body and lint findings (a call script for calls)')
    .option('--rewrite', 'rewrite it in your voice with the chat model in HEARBACK_AI_URL (falls back to the draft)')
    .action(handle(async () => (await import('./commands/draft')).draft));
  program
    .command('lint [file]')
    .description('check a message you wrote ("-" or nothing for stdin; a first "Subject:" line is the subject); exits 1 on errors')
    .option('--kind <kind>', 'follow_up, thank_you, check_in, call, rejection_reply or other', 'other')
    .option('--contact <name>', 'the recipient, for the generic-greeting rule')
    .option('--company <name>', 'the employer, for the generic rule')
    .option('--role <title>', 'the role, for the generic rule')
    .action(handle(async () => (await import('./commands/lint')).lint));
  const profile = program.command('profile').description('who you are, for drafts that sound like you');
  profile.command('show').description('show your profile').action(handle(async () => (await import('./commands/profile')).show));
  profile
    .command('set')
    .description('change your profile')
    .option('--name <name>', 'your name')
    .option('--headline <line>', 'one line about you')
    .option('--signature <text>', 'how you sign off (\\n for new lines)')
    .option('--strength <skill>', 'a strength or skill; repeat 3 to 5 times (replaces the list)', collect, [])
    .option('--achievement <text>', 'a recent achievement, for a second follow-up')
    .option('--link <url>', 'a link; repeat for more (replaces the list)', collect, [])
    .action(handle(async () => (await import('./commands/profile')).set));

  registerImportExport(program, handle);
  registerMail(program, handle);

  program
    .command('serve')
    .description('the web page on this machine: http://127.0.0.1:4720/ (loopback only)')
    .option('--port <n>', 'the port to listen on (default: $HEARBACK_PORT or 4720)')
    .option('--no-open', 'do not open the browser (also when CI is set)')
    .action(handle(async () => (await import('./commands/serve')).serve));

  const settings = program.command('settings').description('show or change settings');
  settings.command('show').description('show settings').action(handle(async () => (await import('./commands/settings')).show));
  const set = settings
    .command('set')
    .description('change settings; every application is replanned')
    .addOption(new Option('--playbook <name>', 'default playbook').choices(['persistent', 'balanced', 'conservative']))
    .option('--timezone <zone>', 'your IANA time zone')
    .option('--country <CC[-REGION]>', 'your country and region, the default for employers')
    .option('--send-window <HH:MM-HH:MM>', "when follow-ups should land, in the recipient's time")
    .option('--business-hours <HH:MM-HH:MM>', "the recipient's working hours")
    .option('--quiet-hours <HH:MM-HH:MM|off>', 'your own quiet hours');
  // The playbook numbers change the playbook named with --playbook, or else the default one.
  for (const p of PARAM_OPTIONS) set.option(`--${p.flag} <n|default>`, p.help);
  set.option('--first-follow-up <days>', 'the first follow-up, in business days after applying: MIN-MAX (5-7), off, or default');
  set.option('--second-follow-up <days>', 'the second follow-up, in business days after the first (or after applying, as the playbook counts): MIN-MAX, off, or default');
  set.action(handle(async () => (await import('./commands/settings')).set, { playbook: true }));
}
