import { Option, type Command } from 'commander';
import { FORMAT_CHOICES } from '../core/import/known-formats';
import type { Handler } from './command-context';

type Handle = (load: () => Promise<Handler>) => (...params: unknown[]) => Promise<void>;

/** Import, export, backup, the calendar and the digest: the commands that move data in and out. */
export function registerImportExport(program: Command, handle: Handle): void {
  const importer = program.command('import').description('bring applications in from another tracker');
  importer
    .command('csv <file>')
    .description(
      'import a CSV of applications: LinkedIn, Huntr, Teal, JobSync, Reactive Resume or any spreadsheet ("-" for stdin)',
    )
    .addOption(
      new Option('--format <format>', 'the file’s format; auto detects it from the headers')
        .choices([...FORMAT_CHOICES])
        .default('auto'),
    )
    .option(
      '--map <pairs>',
      'which column is which: "Header=field,Other=field" (fields: company, role, appliedAt, status, ...)',
    )
    .addOption(
      new Option(
        '--date-order <order>',
        'how to read numeric dates like 03/04/2024, when the file cannot tell',
      ).choices(['DMY', 'MDY', 'YMD', 'dmy', 'mdy', 'ymd']),
    )
    .option('--delimiter <d>', 'comma, semicolon or tab, instead of detecting it')
    .option('--dry-run', 'show what it would do, with a preview, and write nothing')
    .option('--yes', 'import a file whose format was guessed from its headers without asking')
    .action(handle(async () => (await import('./commands/import-csv')).importCsvCommand));

  program
    .command('export [format]')
    .description('everything as lossless JSON (json), or one row per application for a spreadsheet (csv)')
    .option('--out <file>', 'write to a file (mode 0600) instead of stdout')
    .action(handle(async () => (await import('./commands/export')).exportCommand));
  program
    .command('backup')
    .description('write everything to hearback-backup-YYYY-MM-DD.json (or --out FILE)')
    .option('--out <file>', 'where to write the backup ("-" for stdout)')
    .action(handle(async () => (await import('./commands/backup')).backup));
  program
    .command('restore <file>')
    .description('restore a backup or JSON export into an empty store ("-" for stdin)')
    .action(handle(async () => (await import('./commands/backup')).restore));

  program
    .command('ical')
    .description('your due actions as a calendar (.ics); --url for the address to subscribe to')
    .option('--out <file>', 'write the calendar to a file instead of stdout')
    .option('--url', 'print the secret subscription address')
    .option('--rotate', 'replace the subscription address; the old one stops working')
    .option(
      '--app-url <url>',
      'the web app’s address for links (default $HEARBACK_APP_URL, else http://127.0.0.1:4720)',
    )
    .action(handle(async () => (await import('./commands/ical')).ical));
  program
    .command('digest')
    .description('the morning e-mail of today’s actions: as an .eml message, sent now, or every morning')
    .option('--out <file>', 'write it to a file instead of stdout')
    .option('--send', 'e-mail it now through your mail account (see `mail setup`)')
    .option('--daily <time>', 'e-mail it every morning at this time of your day (HH:MM), or `off`')
    .option('--to <address>', 'the recipient (default: your mail account’s address)')
    .option('--days <n>', 'how many days ahead to list after today', '3')
    .option(
      '--app-url <url>',
      'the web app’s address for links (default $HEARBACK_APP_URL, else http://127.0.0.1:4720)',
    )
    .action(handle(async () => (await import('./commands/digest')).digest));
}
