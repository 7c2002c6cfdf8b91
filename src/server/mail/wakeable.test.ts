import { describe, expect, it } from 'vitest';
import { wakeable } from './wakeable';

describe('wakeable', () => {
  it('ends a pause when woken', async () => {
    const w = wakeable();
    const order: string[] = [];
    const sleeping = w.sleep(60_000).then(() => order.push('woke'));
    order.push('waking');
    w.wake();
    await sleeping;
    expect(order).toEqual(['waking', 'woke']);
  });

  it('remembers a wake that came while nobody slept, for the next pause only', async () => {
    const w = wakeable();
    w.wake();
    await w.sleep(60_000);
    let done = false;
    const second = w.sleep(20).then(() => (done = true));
    await Promise.resolve();
    expect(done).toBe(false);
    await second;
    expect(done).toBe(true);
  });
});
