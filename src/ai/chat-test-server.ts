import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the server received: the parsed JSON body and the authorization header. */
export interface ReceivedRequest {
  path: string;
  authorization: string | null;
  body: unknown;
}

/** How the server answers one request: a status, a raw body, and how long to wait before sending it. */
export interface ServerReply {
  status?: number;
  body: string;
  delayMs?: number;
}

export interface ChatTestServer {
  /** The API root, like `http://127.0.0.1:PORT/v1`. */
  baseUrl: string;
  requests: ReceivedRequest[];
  close(): Promise<void>;
}

/**
 * The body an OpenAI-compatible endpoint sends for one completion.
 *
 * @example
 * completion('{"subject":null,"body":"Hi"}'); // '{"id":"chatcmpl-test",...}'
 */
export function completion(content: string): string {
  return JSON.stringify({
    id: 'chatcmpl-test',
    object: 'chat.completion',
    created: 0,
    model: 'test-model',
    choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
  });
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * A real HTTP server on a free local port that speaks the chat-completions protocol, for tests of the
 * adapter and of the rewrite use case: slow answers, error statuses and garbage bodies included.
 */
export async function startChatTestServer(
  reply: (request: ReceivedRequest) => ServerReply,
): Promise<ChatTestServer> {
  const requests: ReceivedRequest[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    void readBody(request).then((raw) => {
      let body: unknown = raw;
      try {
        body = JSON.parse(raw);
      } catch {
        // A test may send anything; keep the raw text so it can assert on it.
      }
      const received = {
        path: request.url ?? '',
        authorization: request.headers.authorization ?? null,
        body,
      };
      requests.push(received);
      const answer = reply(received);
      const send = (): void => {
        response.writeHead(answer.status ?? 200, { 'content-type': 'application/json' });
        response.end(answer.body);
      };
      if (!answer.delayMs) return send();
      const timer = setTimeout(() => {
        timers.delete(timer);
        if (!response.destroyed) send();
      }, answer.delayMs);
      timers.add(timer);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const timer of timers) clearTimeout(timer);
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
