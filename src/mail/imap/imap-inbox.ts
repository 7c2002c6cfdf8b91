import { ImapFlow } from 'imapflow';
import { AppError } from '../../core/app-error';
import type { FolderBatch, Inbox } from '../../ports/inbox';
import type { ServerSettings } from '../../ports/mail-kit';
import { mapImapError } from './map-imap-error';

export interface ImapOptions {
  /** The Sent folder's name; null finds the folder marked `\Sent`. */
  sentFolder: string | null;
  timeoutMs?: number;
}

function clientFor(server: ServerSettings, password: string, timeout: number): ImapFlow {
  return new ImapFlow({
    host: server.host,
    port: server.port,
    secure: server.security === 'tls',
    doSTARTTLS: server.security === 'starttls' ? true : server.security === 'plain' ? false : undefined,
    auth: { user: server.user, pass: password },
    logger: false,
    disableAutoIdle: true,
    connectionTimeout: timeout,
    greetingTimeout: timeout,
    socketTimeout: timeout * 6,
  });
}

/**
 * An Inbox over imapflow. One connection, opened on first use and reopened after it drops; reads are
 * incremental by UIDVALIDITY and UID, and waiting uses IDLE when the server offers it.
 *
 * @example
 * const inbox = imapInbox({ host: 'imap.gmail.com', port: 993, security: 'tls', user }, appPassword, { sentFolder: null });
 * const batch = await inbox.fetchAfter('INBOX', null, 100);
 */
export function imapInbox(server: ServerSettings, password: string, options: ImapOptions): Inbox {
  const timeout = options.timeoutMs ?? 20_000;
  let client: ImapFlow | null = null;
  let sentFolder: string | null = options.sentFolder;

  async function connected(): Promise<ImapFlow> {
    if (client?.usable) return client;
    const fresh = clientFor(server, password, timeout);
    // An error after connecting (a dropped socket) is reported on the next command; it must not crash us.
    fresh.on('error', () => undefined);
    try {
      await fresh.connect();
    } catch (error) {
      throw mapImapError(error, server);
    }
    client = fresh;
    return fresh;
  }

  async function sent(imap: ImapFlow): Promise<string> {
    if (sentFolder) return sentFolder;
    const folders = await imap.list();
    const found = folders.find((f) => f.specialUse === '\\Sent') ?? folders.find((f) => /^(?:sent|sent items|sent messages|sent mail)$/i.test(f.name));
    if (!found) throw new AppError('mail_unverifiable', 'IMAP: no Sent folder was found; name it with --sent-folder', { details: { reason: 'no_sent_folder' } });
    sentFolder = found.path;
    return found.path;
  }

  async function withImap<T>(work: (imap: ImapFlow) => Promise<T>, fallback: 'mail_connect' | 'mail_unverifiable' = 'mail_connect'): Promise<T> {
    const imap = await connected();
    try {
      return await work(imap);
    } catch (error) {
      throw mapImapError(error, server, fallback);
    }
  }

  return {
    verify: () =>
      withImap(async (imap) => {
        const folder = await sent(imap).catch(() => null);
        return { sentFolder: folder, idle: imap.capabilities.has('IDLE') };
      }),

    sentContains: (messageId) =>
      withImap(async (imap) => {
        const lock = await imap.getMailboxLock(await sent(imap), { readOnly: true });
        try {
          const found = await imap.search({ header: { 'message-id': `<${messageId}>` } }, { uid: true });
          if (found === false || found === undefined) throw new AppError('mail_unverifiable', 'IMAP: the server refused to search the Sent folder');
          return found.length > 0;
        } finally {
          lock.release();
        }
      }, 'mail_unverifiable'),

    appendSent: (raw, date) =>
      withImap(async (imap) => {
        const done = await imap.append(await sent(imap), Buffer.from(raw), ['\\Seen'], new Date(date));
        if (!done) throw new AppError('mail_unverifiable', 'IMAP: the server refused to save the message to Sent');
      }),

    fetchAfter: (folder, cursor, limit, options = {}) =>
      withImap(async (imap): Promise<FolderBatch> => {
        const lock = await imap.getMailboxLock(folder, { readOnly: true });
        try {
          const mailbox = imap.mailbox;
          const uidValidity = mailbox ? String(mailbox.uidValidity) : '0';
          const after = cursor && cursor.uidValidity === uidValidity ? cursor.lastUid : 0;
          // `N:*` always matches the newest message, even below N; the filter drops what is not new. A first
          // read asks the server for recent mail only (SINCE is by the day the server received it).
          const query = after === 0 && options.since ? { uid: '1:*', since: new Date(`${options.since}T00:00:00Z`) } : { uid: `${after + 1}:*` };
          const uids = ((await imap.search(query, { uid: true })) || []).filter((uid) => uid > after).sort((a, b) => a - b);
          const wanted = uids.slice(0, limit);
          const messages: FolderBatch['messages'] = [];
          if (wanted.length > 0) {
            for await (const m of imap.fetch(wanted.join(','), { uid: true, source: true, internalDate: true }, { uid: true })) {
              if (!m.source) continue;
              const date = m.internalDate instanceof Date ? m.internalDate.toISOString() : m.internalDate ? new Date(m.internalDate).toISOString() : null;
              messages.push({ uid: m.uid, raw: m.source, internalDate: date });
            }
          }
          messages.sort((a, b) => a.uid - b.uid);
          const more = uids.length > wanted.length;
          // A bounded first read skips the older mail for good: the cursor moves past all of it.
          const skipped = after === 0 && options.since && !more && mailbox ? Number(mailbox.uidNext) - 1 : 0;
          return { uidValidity, messages, lastUid: Math.max(wanted.at(-1) ?? after, skipped), more };
        } finally {
          lock.release();
        }
      }),

    waitForChange: async (folder, timeoutMs, signal, cursor) => {
      const imap = await connected();
      if (!imap.capabilities.has('IDLE')) return sleep(timeoutMs, signal);
      const lock = await imap.getMailboxLock(folder, { readOnly: true }).catch((error: unknown) => {
        throw mapImapError(error, server);
      });
      try {
        // IDLE reports only what arrives once it has begun: mail that came since the last read is news now.
        const box = imap.mailbox;
        if (cursor && box && (String(box.uidValidity) !== cursor.uidValidity || box.uidNext > cursor.lastUid + 1)) return;
        await new Promise<void>((resolve) => {
          let timer: ReturnType<typeof setTimeout> | undefined = undefined;
          const finish = () => {
            if (timer) clearTimeout(timer);
            imap.off('exists', finish);
            signal?.removeEventListener('abort', finish);
            resolve();
          };
          imap.on('exists', finish);
          signal?.addEventListener('abort', finish);
          timer = setTimeout(finish, timeoutMs);
          if (signal?.aborted) finish();
          imap.idle().catch(finish);
        });
        // Any command ends IDLE; NOOP is the cheapest.
        await imap.noop().catch(() => undefined);
      } finally {
        lock.release();
      }
    },

    async close() {
      const open = client;
      client = null;
      if (open?.usable) await open.logout().catch(() => open.close());
      else open?.close();
    },
  };
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done);
    if (signal?.aborted) done();
  });
}
