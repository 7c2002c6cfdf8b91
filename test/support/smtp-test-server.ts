import { SMTPServer, type SMTPServerOptions } from 'smtp-server';

export interface ReceivedMail {
  messageId: string | null;
  from: string | null;
  to: string[];
  raw: Buffer;
}

export interface SmtpTestServer {
  host: string;
  port: number;
  user: string;
  password: string;
  /** Every message accepted, in order: the ground truth for "sent exactly once". */
  received: ReceivedMail[];
  /** Makes the next DATA commands answer with these codes (451, 550...) instead of accepting. */
  failNext(...codes: number[]): void;
  close(): Promise<void>;
}

export interface SmtpTestOptions {
  user?: string;
  password?: string;
  /** Runs before the 250 reply; the Gmail-like test files the message in Sent from here. */
  onAccept?: (mail: ReceivedMail) => Promise<void>;
  secure?: boolean;
}

/**
 * npm's smtp-server in-process on a loopback port, with one user and a log of what it accepted.
 *
 * @example
 * const smtp = await startSmtpServer();
 * afterAll(() => smtp.close());
 */
export async function startSmtpServer(options: SmtpTestOptions = {}): Promise<SmtpTestServer> {
  const user = options.user ?? 'alex';
  const password = options.password ?? 'smtp-secret';
  const received: ReceivedMail[] = [];
  const failures: number[] = [];
  const config: SMTPServerOptions = {
    secure: options.secure ?? false,
    disabledCommands: options.secure ? [] : ['STARTTLS'],
    allowInsecureAuth: true,
    // A reverse DNS lookup of 127.0.0.1 can take seconds on a machine without a resolver for it.
    disableReverseLookup: true,
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === user && auth.password === password) callback(null, { user });
      else callback(Object.assign(new Error('Invalid username or password'), { responseCode: 535 }));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const code = failures.shift();
        if (code !== undefined) {
          callback(Object.assign(new Error(code >= 500 ? 'Mailbox unavailable' : 'Try again later'), { responseCode: code }));
          return;
        }
        const raw = Buffer.concat(chunks);
        const header = raw.toString('latin1', 0, Math.min(raw.length, 16_384));
        const id = /^message-id:\s*<([^>\r\n]+)>/im.exec(header)?.[1] ?? null;
        const mail: ReceivedMail = {
          messageId: id,
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : null,
          to: session.envelope.rcptTo.map((r) => r.address),
          raw,
        };
        const accept = options.onAccept ? options.onAccept(mail) : Promise.resolve();
        accept.then(
          () => {
            received.push(mail);
            callback(null, `queued as ${received.length}`);
          },
          (error: unknown) => callback(Object.assign(new Error(`local error: ${String(error)}`), { responseCode: 451 })),
        );
      });
    },
  };
  const server = new SMTPServer(config);
  server.on('error', () => undefined);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const address = server.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    host: '127.0.0.1',
    port,
    user,
    password,
    received,
    failNext: (...codes) => failures.push(...codes),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
