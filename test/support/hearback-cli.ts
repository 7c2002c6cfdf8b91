import { main } from '../../src/main';

/**
 * The `hearback` command run from the sources (`node --import tsx test/support/hearback-cli.ts ...`), for
 * tests that need a real separate process: one they can kill, or several at once.
 */
process.exitCode = await main(process.argv.slice(2));
