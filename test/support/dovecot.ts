import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, chown, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ImapFlow } from 'imapflow';
import { probeTcp, requireOrSkip } from './services';

const run = promisify(execFile);
const BINARIES = ['/usr/sbin/dovecot', '/usr/bin/doveadm'];

export interface DovecotUser {
  user: string;
  password: string;
}

/** A throwaway Dovecot on a loopback port, with its own config, users and Maildirs in a temp folder. */
export interface Dovecot {
  host: string;
  port: number;
  users: DovecotUser[];
  /** Appends a raw message to a folder of a user (the first user by default), as a mail client would. */
  append(folder: string, raw: string | Buffer, user?: DovecotUser): Promise<void>;
  /** The Message-IDs in a folder, in UID order. */
  messageIds(folder: string, user?: DovecotUser): Promise<string[]>;
  /** Stops the server and removes its folder. */
  stop(): Promise<void>;
}

/** Whether Dovecot is installed; when not, the suite skips (or fails when services are required). */
export function dovecotAvailable(): boolean {
  const missing = BINARIES.filter((b) => !existsSync(b));
  return requireOrSkip(
    'Dovecot',
    missing.length === 0,
    `${missing.join(' and ')} not found (apt-get install dovecot-imapd)`,
  );
}

/** A port nobody listens on right now, on the loopback interface. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function ids(name: string): Promise<{ uid: number; gid: number }> {
  const [uid, gid] = await Promise.all([run('id', ['-u', name]), run('id', ['-g', name])]);
  return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
}

function config(dir: string, port: number, running: 'root' | 'user'): string {
  // As root, Dovecot's login processes refuse to run as root: they use the package's own users. As an
  // ordinary user, everything runs as that user.
  const self = userInfo().username;
  const internal = running === 'root' ? 'dovecot' : self;
  const login = running === 'root' ? 'dovenull' : self;
  return `
base_dir = ${dir}/run
state_dir = ${dir}/state
log_path = ${dir}/dovecot.log
info_log_path = ${dir}/dovecot.log
listen = 127.0.0.1
protocols = imap
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
auth_failure_delay = 0
mail_location = maildir:~/Maildir
first_valid_uid = 1
default_internal_user = ${internal}
default_login_user = ${login}
passdb {
  driver = passwd-file
  args = ${dir}/users
}
userdb {
  driver = passwd-file
  args = ${dir}/users
}
namespace inbox {
  inbox = yes
  separator = /
  mailbox Sent {
    special_use = \\Sent
    auto = subscribe
  }
  mailbox Trash {
    special_use = \\Trash
    auto = subscribe
  }
}
service imap-login {
  chroot =
  inet_listener imap {
    address = 127.0.0.1
    port = ${port}
  }
  inet_listener imaps {
    port = 0
  }
}
service anvil {
  chroot =
}
service stats {
  unix_listener stats-reader {
    mode = 0666
  }
  unix_listener stats-writer {
    mode = 0666
  }
}
`;
}

/**
 * Starts a Dovecot for one test file (about 100 ms), with the given users, each with an INBOX and a
 * `Sent` folder marked `\Sent`. Stop it in `afterAll`. A failed login makes Dovecot delay the next login
 * from 127.0.0.1 by about four seconds (its auth penalty, which no setting turns off here), so tests of a
 * wrong password go last in their file.
 *
 * @example
 * const dovecot = await startDovecot([{ user: 'alex', password: 'secret' }]);
 * afterAll(() => dovecot.stop());
 */
export async function startDovecot(users: DovecotUser[] = [{ user: 'alex', password: 'secret' }]): Promise<Dovecot> {
  const dir = await mkdtemp(join(tmpdir(), 'hearback-dovecot-'));
  // The mail processes run as the `dovecot` user and must reach the homes inside.
  await chmod(dir, 0o755);
  const running = process.getuid?.() === 0 ? 'root' : 'user';
  const owner = running === 'root' ? await ids('dovecot') : { uid: process.getuid?.() ?? 0, gid: process.getgid?.() ?? 0 };
  const lines: string[] = [];
  for (const u of users) {
    const home = join(dir, 'home', u.user);
    await mkdir(join(home, 'Maildir'), { recursive: true });
    await chown(join(dir, 'home'), owner.uid, owner.gid);
    await chown(home, owner.uid, owner.gid);
    await chown(join(home, 'Maildir'), owner.uid, owner.gid);
    lines.push(`${u.user}:{PLAIN}${u.password}:${owner.uid}:${owner.gid}::${home}`);
  }
  await writeFile(join(dir, 'users'), `${lines.join('\n')}\n`, { mode: 0o644 });
  const conf = join(dir, 'dovecot.conf');
  for (let attempt = 0; ; attempt++) {
    const port = await freePort();
    await writeFile(conf, config(dir, port, running));
    await daemon(conf);
    const up = await waitForPort(port);
    if (up) {
      const first = users[0] ?? { user: 'alex', password: 'secret' };
      const connect = async (u: DovecotUser) => {
        const client = new ImapFlow({ host: '127.0.0.1', port, secure: false, auth: { user: u.user, pass: u.password }, logger: false });
        await client.connect();
        return client;
      };
      return {
        host: '127.0.0.1',
        port,
        users,
        async append(folder, raw, u = first) {
          const client = await connect(u);
          try {
            await client.append(folder, raw);
          } finally {
            await client.logout();
          }
        },
        async messageIds(folder, u = first) {
          const client = await connect(u);
          const lock = await client.getMailboxLock(folder);
          try {
            const ids: string[] = [];
            for await (const m of client.fetch('1:*', { envelope: true, uid: true }, { uid: true })) ids.push(m.envelope?.messageId ?? '');
            return ids;
          } catch {
            return [];
          } finally {
            lock.release();
            await client.logout();
          }
        },
        async stop() {
          await stopMaster(dir, conf);
          await rm(dir, { recursive: true, force: true });
        },
      };
    }
    await run('/usr/bin/doveadm', ['-c', conf, 'stop']).catch(() => undefined);
    if (attempt >= 2) throw new Error(`Dovecot did not listen on 127.0.0.1:${port}; see ${join(dir, 'dovecot.log')}`);
  }
}

/**
 * Stops the master with SIGTERM, and after 300 ms its whole process group with SIGKILL: a graceful stop
 * (`doveadm stop`) takes two to three seconds, which would dominate a mail test file.
 */
async function stopMaster(dir: string, conf: string): Promise<void> {
  const pid = Number((await readFile(join(dir, 'run', 'master.pid'), 'utf8').catch(() => '')).trim());
  if (!Number.isInteger(pid) || pid <= 0) {
    await run('/usr/bin/doveadm', ['-c', conf, 'stop']).catch(() => undefined);
    return;
  }
  try {
    process.kill(pid, 'SIGTERM');
  } catch {
    return;
  }
  for (let i = 0; i < 30; i++) {
    try {
      process.kill(pid, 0);
    } catch {
      return;
    }
    await new Promise((r) => setTimeout(r, 10));
  }
  // The master forked into its own process group, which holds only this Dovecot's processes; they hold
  // nothing worth a graceful end, since the folder is removed next.
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

/** Starts the master process, which forks into the background; its stdio is not ours to wait on. */
function daemon(conf: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('/usr/sbin/dovecot', ['-c', conf], { stdio: 'ignore' });
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`dovecot -c ${conf} exited with ${code}`))));
  });
}

async function waitForPort(port: number): Promise<boolean> {
  for (let i = 0; i < 100; i++) {
    if ((await probeTcp('127.0.0.1', port, 200)).ok) return true;
    await new Promise((r) => setTimeout(r, 20));
  }
  return false;
}
