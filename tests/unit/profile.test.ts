/** The complainant's profile: empty at first, merged field by field, cleared with null, audited, kept across restarts. */
import { afterEach, describe, expect, it } from 'vitest';
import type { Profile } from '../../src/shared/dossier';
import { call, callError, cleanup, openTestCore } from './helpers';

afterEach(cleanup);

const actions = (t: ReturnType<typeof openTestCore>) =>
  t.ctx.db.prepare("SELECT action, detail FROM audit_events WHERE action LIKE 'profile.%' ORDER BY id").all() as { action: string; detail: string }[];

describe('profile', () => {
  it('starts empty, merges what is given, clears with null, and survives a restart', async () => {
    const t = openTestCore();
    expect(await call<Profile>(t.router, 'profile.get')).toEqual({ name: null, contact: null, country: null, postalAddress: null });

    expect(await call<Profile>(t.router, 'profile.update', { name: '  李明  ', contact: 'liming@example.com', country: 'cn' })).toEqual({
      name: '李明',
      contact: 'liming@example.com',
      country: 'CN',
      postalAddress: null,
    });
    // Fields left out keep their value; null (or empty text) clears one.
    const after = await call<Profile>(t.router, 'profile.update', { contact: null, postalAddress: '上海市浦东新区 XX 路 1 号' });
    expect(after).toEqual({ name: '李明', contact: null, country: 'CN', postalAddress: '上海市浦东新区 XX 路 1 号' });
    expect((await call<Profile>(t.router, 'profile.update', { name: '' })).name).toBeNull();

    t.core.close();
    const again = openTestCore({ dataDir: t.dataDir, clock: t.clock });
    expect(await call<Profile>(again.router, 'profile.get')).toEqual({ ...after, name: null });
  });

  it('records which fields changed in the audit trail (not the values), and nothing when nothing changed', async () => {
    const t = openTestCore();
    await call(t.router, 'profile.update', { name: 'Alex Chen', country: 'GB' });
    await call(t.router, 'profile.update', { name: 'Alex Chen' });
    await call(t.router, 'profile.update', {});
    const events = actions(t);
    expect(events).toHaveLength(1);
    expect(events[0]!.action).toBe('profile.updated');
    expect(JSON.parse(events[0]!.detail)).toEqual({ fields: ['name', 'country'] });
    expect(events[0]!.detail).not.toContain('Alex');
    expect(t.ctx.audit.firstBrokenEvent()).toBeNull();
  });

  it('refuses a bad country code and unknown fields, and keeps what was stored', async () => {
    const t = openTestCore();
    await call(t.router, 'profile.update', { name: 'Alex', country: 'GB' });
    const bad = await callError(t.router, 'profile.update', { country: 'Britain' }, 'invalid_input');
    expect(bad.field).toBe('country');
    await callError(t.router, 'profile.update', { email: 'a@b.c' }, 'invalid_input');
    await callError(t.router, 'profile.update', { name: 'x'.repeat(201) }, 'invalid_input');
    expect(await call<Profile>(t.router, 'profile.get')).toEqual({ name: 'Alex', contact: null, country: 'GB', postalAddress: null });
  });

  it('reads a damaged stored value as the empty profile instead of failing', async () => {
    const t = openTestCore();
    t.ctx.db.prepare("INSERT INTO settings (key, value) VALUES ('profile', '{not json')").run();
    expect((await call<Profile>(t.router, 'profile.get')).name).toBeNull();
    t.ctx.db.prepare("UPDATE settings SET value = '{\"name\":42,\"country\":\"HK\"}' WHERE key = 'profile'").run();
    expect(await call<Profile>(t.router, 'profile.get')).toEqual({ name: null, contact: null, country: 'HK', postalAddress: null });
  });
});
