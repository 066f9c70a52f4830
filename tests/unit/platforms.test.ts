import { afterEach, describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/shared/limits';
import type { Platform } from '../../src/shared/domain';
import { call, callError, cleanup, openTestCore } from './helpers';

afterEach(cleanup);

describe('platforms', () => {
  it('creates a platform with its channels and reads it back', async () => {
    const { router, clock } = openTestCore();
    const { id } = await call(router, 'platforms.create', {
      name: '币安 Binance',
      website: 'https://www.binance.com',
      officialDomains: ['Binance.com', 'binance.com', 'BINANCE.info'],
      notes: '官网底部有客服入口',
      channels: [
        { kind: 'live_chat', address: 'https://www.binance.com/zh-CN/chat', foundVia: 'official_website', verified: true },
        { kind: 'email', address: 'support@binance.com' },
      ],
    });
    const platform = await call<Platform>(router, 'platforms.get', { id });
    expect(platform).toMatchObject({
      id,
      name: '币安 Binance',
      website: 'https://www.binance.com',
      // lower-cased and de-duplicated
      officialDomains: ['binance.com', 'binance.info'],
      notes: '官网底部有客服入口',
      createdAt: clock.iso(),
    });
    expect(platform.channels).toEqual([
      expect.objectContaining({ platformId: id, kind: 'live_chat', foundVia: 'official_website', verified: true }),
      expect.objectContaining({ platformId: id, kind: 'email', address: 'support@binance.com', foundVia: null, verified: false }),
    ]);
  });

  it('stores empty optional text as null', async () => {
    const { router } = openTestCore();
    const { id } = await call(router, 'platforms.create', { name: 'OKX', website: '', notes: '' });
    expect(await call(router, 'platforms.get', { id })).toMatchObject({ website: null, notes: null, channels: [] });
  });

  it('lists platforms by name, ignoring case, each with its own channels', async () => {
    const { router } = openTestCore();
    const okx = (await call(router, 'platforms.create', { name: 'okx' })).id;
    const binance = (await call(router, 'platforms.create', { name: 'Binance' })).id;
    const kraken = (await call(router, 'platforms.create', { name: 'Kraken' })).id;
    await call(router, 'channels.add', { platformId: kraken, kind: 'phone', address: '+1 555 0100' });
    const list = await call<Platform[]>(router, 'platforms.list');
    expect(list.map((p) => p.id)).toEqual([binance, kraken, okx]);
    expect(list.map((p) => p.channels.length)).toEqual([0, 1, 0]);
  });

  it('adds a channel to an existing platform', async () => {
    const { router } = openTestCore();
    const platformId = (await call(router, 'platforms.create', { name: 'Bybit' })).id;
    const { id } = await call(router, 'channels.add', {
      platformId,
      kind: 'social',
      address: '@Bybit_Official',
      foundVia: 'community',
    });
    const platform = await call<Platform>(router, 'platforms.get', { id: platformId });
    expect(platform.channels).toEqual([expect.objectContaining({ id, address: '@Bybit_Official', foundVia: 'community' })]);
  });

  it('answers not_found for unknown platforms and stores nothing', async () => {
    const { router, ctx } = openTestCore();
    expect((await callError(router, 'platforms.get', { id: 42 }, 'not_found')).message).toContain('42');
    await callError(router, 'channels.add', { platformId: 42, kind: 'email', address: 'a@b.c' }, 'not_found');
    expect(ctx.db.prepare('SELECT count(*) FROM channels').pluck().get()).toBe(0);
  });

  it.each([
    ['missing name', {}, 'name'],
    ['name of spaces', { name: '   ' }, 'name'],
    ['name too long', { name: 'x'.repeat(LIMITS.shortText + 1) }, 'name'],
    ['name of wrong type', { name: 42 }, 'name'],
    ['website too long', { name: 'a', website: 'https://' + 'x'.repeat(LIMITS.address) }, 'website'],
    ['notes too long', { name: 'a', notes: 'x'.repeat(LIMITS.longText + 1) }, 'notes'],
    ['not a domain', { name: 'a', officialDomains: ['binance.com', 'not a domain'] }, 'officialDomains.1'],
    ['too many domains', { name: 'a', officialDomains: Array.from({ length: LIMITS.listItems + 1 }, (_, i) => `d${i}.com`) }, 'officialDomains'],
    ['unknown channel kind', { name: 'a', channels: [{ kind: 'pigeon', address: 'x' }] }, 'channels.0.kind'],
    ['empty channel address', { name: 'a', channels: [{ kind: 'email', address: ' ' }] }, 'channels.0.address'],
  ])('refuses %s with invalid_input naming the field', async (_label, input, field) => {
    const { router, ctx } = openTestCore();
    const error = await callError(router, 'platforms.create', input, 'invalid_input');
    expect(error.field).toBe(field);
    expect(ctx.db.prepare('SELECT count(*) FROM platforms').pluck().get()).toBe(0);
  });

  it('accepts a name of exactly the limit', async () => {
    const { router } = openTestCore();
    const name = '名'.repeat(LIMITS.shortText);
    const { id } = await call(router, 'platforms.create', { name });
    expect((await call<Platform>(router, 'platforms.get', { id })).name).toBe(name);
  });

  it('refuses unknown keys and ids of the wrong type', async () => {
    const { router } = openTestCore();
    await callError(router, 'platforms.create', { name: 'a', admin: true }, 'invalid_input');
    for (const id of ['1', 1.5, 0, -1, null, Number.NaN]) {
      expect((await callError(router, 'platforms.get', { id }, 'invalid_input')).field).toBe('id');
    }
    await callError(router, 'platforms.get', undefined, 'invalid_input');
  });

  it('answers not_found for an unknown method', async () => {
    const { router } = openTestCore();
    await callError(router, 'platforms.delete', { id: 1 }, 'not_found');
    await callError(router, 'toString', {}, 'not_found');
    await callError(router, '__proto__', {}, 'not_found');
  });
});
