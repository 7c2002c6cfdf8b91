import { createServer, type Server } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { probeTcp, requireOrSkip, servicesRequired } from './services';

describe('requireOrSkip', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('runs the suite when the service is available', () => {
    expect(requireOrSkip('PostgreSQL', true, 'up', { HEARBACK_REQUIRE_SERVICES: '1' })).toBe(true);
  });

  it('skips with a message naming the service and the reason when services are optional', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(requireOrSkip('Dovecot', false, '127.0.0.1:143 refused', {})).toBe(false);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('Dovecot'));
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('127.0.0.1:143 refused'));
  });

  it('fails when HEARBACK_REQUIRE_SERVICES=1 and the service is missing', () => {
    expect(() =>
      requireOrSkip('Chromium', false, '/usr/bin/chromium not found', { HEARBACK_REQUIRE_SERVICES: '1' }),
    ).toThrow(/Chromium is required.*\/usr\/bin\/chromium not found/);
  });

  it('treats only the value 1 as required', () => {
    expect(servicesRequired({ HEARBACK_REQUIRE_SERVICES: '0' })).toBe(false);
    expect(servicesRequired({})).toBe(false);
    expect(servicesRequired({ HEARBACK_REQUIRE_SERVICES: '1' })).toBe(true);
  });
});

describe('probeTcp', () => {
  let server: Server | undefined;
  afterEach(async () => {
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    server = undefined;
  });

  it('reports a listening port as available', async () => {
    server = createServer((socket) => socket.end());
    await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    if (address === null || typeof address === 'string') throw new Error('no port');
    expect(await probeTcp('127.0.0.1', address.port)).toMatchObject({ ok: true });
  });

  it('reports a closed port as unavailable, saying which', async () => {
    server = createServer();
    await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    if (address === null || typeof address === 'string') throw new Error('no port');
    await new Promise<void>((resolve) => server?.close(() => resolve()));
    server = undefined;
    const probe = await probeTcp('127.0.0.1', address.port);
    expect(probe.ok).toBe(false);
    expect(probe.why).toContain(`127.0.0.1:${address.port}`);
  });
});
