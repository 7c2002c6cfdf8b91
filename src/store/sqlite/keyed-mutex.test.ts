import { describe, expect, it } from 'vitest';
import { KeyedMutex } from './keyed-mutex';

describe('KeyedMutex', () => {
  it('lets a second holder of the same key in only after the first releases', async () => {
    const mutex = new KeyedMutex();
    const order: string[] = [];
    const releaseFirst = await mutex.acquire('db');
    const second = mutex.acquire('db').then((release) => {
      order.push('second acquired');
      release();
    });
    await Promise.resolve();
    order.push('first releasing');
    releaseFirst();
    await second;
    expect(order).toEqual(['first releasing', 'second acquired']);
  });

  it('does not make different keys wait for each other', async () => {
    const mutex = new KeyedMutex();
    const releaseA = await mutex.acquire('a');
    const releaseB = await mutex.acquire('b');
    releaseB();
    releaseA();
    const again = await mutex.acquire('a');
    again();
  });

  it('grants waiters in the order they asked', async () => {
    const mutex = new KeyedMutex();
    const order: number[] = [];
    const first = await mutex.acquire('k');
    const waiters = [1, 2, 3].map((n) =>
      mutex.acquire('k').then((release) => {
        order.push(n);
        release();
      }),
    );
    first();
    await Promise.all(waiters);
    expect(order).toEqual([1, 2, 3]);
  });
});
