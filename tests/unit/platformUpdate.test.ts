/**
 * platforms.update: a platform's name, website, official domains and notes can change; the change is
 * audited, and the agent entries of its tickets are scanned again against the new official domains.
 * Real SQLite files.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { AuditEvent, Entry, Platform } from '../../src/shared/domain';
import { call, callError, cleanup, openTestCore, type TestCore } from './helpers';

afterEach(cleanup);

async function nexa(t: TestCore): Promise<{ platformId: number; ticketId: number }> {
  const { id: platformId } = await call<{ id: number }>(t.router, 'platforms.create', {
    name: 'Nexa',
    website: 'https://nexa.com',
    officialDomains: ['nexa.com'],
  });
  const { id: ticketId } = await call<{ id: number }>(t.router, 'tickets.create', { platformId, title: 'Withdrawal stuck' });
  return { platformId, ticketId };
}

const linkFlags = async (t: TestCore, ticketId: number) =>
  (await call<Entry[]>(t.router, 'log.list', { ticketId })).map((e) => e.flags.filter((f) => f.kind === 'link').map((f) => f.excerpt));

describe('platforms.update', () => {
  it('changes the official domains (trimmed, lower-cased, without duplicates), website and notes', async () => {
    const t = openTestCore();
    const { platformId } = await nexa(t);
    const updated = await call<Platform>(t.router, 'platforms.update', {
      id: platformId,
      officialDomains: ['nexa.com', ' Nexa-Exchange.io ', 'nexa.com'],
      website: null,
      notes: 'Domains from the user agreement',
    });
    expect(updated.officialDomains).toEqual(['nexa.com', 'nexa-exchange.io']);
    expect(updated.website).toBeNull();
    expect(updated.notes).toBe('Domains from the user agreement');
    expect(updated.name).toBe('Nexa');
    expect(await call<Platform>(t.router, 'platforms.get', { id: platformId })).toEqual(updated);
  });

  it('refuses a value that is not a domain name, and changes nothing', async () => {
    const t = openTestCore();
    const { platformId } = await nexa(t);
    const error = await callError(t.router, 'platforms.update', { id: platformId, officialDomains: ['nexa.com', 'not a domain'] }, 'invalid_input');
    expect(error.field).toBe('officialDomains.1');
    expect((await call<Platform>(t.router, 'platforms.get', { id: platformId })).officialDomains).toEqual(['nexa.com']);
  });

  it('an unknown platform is not_found', async () => {
    const t = openTestCore();
    await callError(t.router, 'platforms.update', { id: 999, officialDomains: ['nexa.com'] }, 'not_found');
  });

  it('re-scans the agent entries: a link on a newly official domain is no longer flagged', async () => {
    const t = openTestCore();
    const { platformId, ticketId } = await nexa(t);
    await call(t.router, 'log.add', { ticketId, author: 'agent', text: 'Please open https://help.nexa-exchange.io/ticket/123' });
    await call(t.router, 'log.add', { ticketId, author: 'me', text: 'I opened https://help.nexa-exchange.io/ticket/123' });
    const before = await linkFlags(t, ticketId);
    expect(before[0]!.some((excerpt) => excerpt.includes('help.nexa-exchange.io'))).toBe(true);
    expect(before[1]).toEqual([]);

    await call(t.router, 'platforms.update', { id: platformId, officialDomains: ['nexa.com', 'nexa-exchange.io'] });
    expect(await linkFlags(t, ticketId)).toEqual([[], []]);

    // And back: removing the domain flags the link again.
    await call(t.router, 'platforms.update', { id: platformId, officialDomains: ['nexa.com'] });
    expect((await linkFlags(t, ticketId))[0]).toEqual(before[0]);
  });

  it('records a platform.updated audit event with the changes', async () => {
    const t = openTestCore();
    const { platformId } = await nexa(t);
    await call(t.router, 'platforms.update', { id: platformId, officialDomains: ['nexa.com', 'nexa-exchange.io'], notes: '' });
    const events = await call<AuditEvent[]>(t.router, 'audit.list');
    const updated = events.filter((e) => e.action === 'platform.updated');
    expect(updated).toHaveLength(1);
    expect(updated[0]!.subject).toBe(`platform:${platformId}`);
    expect(updated[0]!.detail).toEqual({ changes: { officialDomains: ['nexa.com', 'nexa-exchange.io'], notes: '' } });

    // Nothing to change: no event.
    await call(t.router, 'platforms.update', { id: platformId });
    expect((await call<AuditEvent[]>(t.router, 'audit.list')).filter((e) => e.action === 'platform.updated')).toHaveLength(1);
  });
});
