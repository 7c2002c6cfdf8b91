import type { AppDeps } from '../app/deps';
import type { ChatModel } from '../ports/chat-model';
import type { MailKit } from '../ports/mail-kit';
import type { Store } from '../ports/store';

export interface Writer {
  write(chunk: string): unknown;
  isTTY?: boolean;
}

/** The runtime the composition root hands the CLI; declared here so the CLI never imports it. */
export interface CliRuntime {
  store: Store;
  deps: AppDeps;
  chat: ChatModel | null;
  close(): Promise<void>;
}

export interface ComposeRequest {
  home?: string;
  db?: string;
  now?: string;
}

export interface CliIo {
  stdout: Writer;
  stderr: Writer;
  stdin: NodeJS.ReadableStream;
  env: NodeJS.ProcessEnv;
  compose(options: ComposeRequest): Promise<CliRuntime>;
  /** The mail drivers (SMTP, IMAP, MIME, mbox, secrets), loaded only by the mail commands. */
  mail?: (options: ComposeRequest) => Promise<MailKit>;
}

export interface GlobalOptions {
  home?: string;
  db?: string;
  now?: string;
  json?: boolean;
  playbook?: string;
}
