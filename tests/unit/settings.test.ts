import { afterEach, describe, expect, it } from 'vitest';
import type { AuditEvent } from '../../src/shared/domain';
import { LIMITS } from '../../src/shared/limits';
import { formatBytes } from '../../src/main/core/evidence/vault';
import { call, callError, cleanup, count, createTicket, openTestCore } from './helpers';

afterEach(cleanup);

const MiB = 1024 * 1024;

describe('settings', () => {
  it('start from the default the core was opened with', async () => {
    expect(await call(openTestCore().router, 'settings.get')).toEqual({ evidenceMaxBytes: LIMITS.evidenceBytes });
    expect(await call(openTestCore({ evidenceMaxBytes: 5000 }).router, 'settings.get')).toEqual({ evidenceMaxBytes: 5000 });
  });

  it('the per-file limit is kept across restarts and applies to uploads, with the limit named in MB', async () => {
    const first = openTestCore();
    expect(await call(first.router, 'settings.update', { evidenceMaxBytes: 25 * MiB })).toEqual({ evidenceMaxBytes: 25 * MiB });
    first.core.close();

    const t = openTestCore({ dataDir: first.dataDir });
    expect(await call(t.router, 'settings.get')).toEqual({ evidenceMaxBytes: 25 * MiB });
    const { ticketId } = await createTicket(t.router);
    const error = await callError(t.router, 'evidence.upload', { ticketId, name: 'big.mp4' }, 'too_large', Buffer.alloc(25 * MiB + 1, 1));
    expect(error.message).toBe('The file is larger than the limit of 25 MB; nothing was stored. The limit can be changed in Settings.');
    expect(count(t.ctx, 'evidence')).toBe(0);
    await call(t.router, 'evidence.upload', { ticketId, name: 'ok.mp4' }, Buffer.alloc(25 * MiB, 1));
  });

  it('limits are named in the unit people think in', () => {
    expect(formatBytes(1000)).toBe('1000 bytes');
    expect(formatBytes(25 * MiB)).toBe('25 MB');
    expect(formatBytes(1.5 * 1024 * MiB)).toBe('1.5 GB');
    expect(formatBytes(LIMITS.evidenceBytes)).toBe('4 GB');
  });

  it('refuses limits below 1 MB or above 4 GiB; changes are audited, no-ops are not', async () => {
    const t = openTestCore();
    expect((await callError(t.router, 'settings.update', { evidenceMaxBytes: 1000 }, 'invalid_input')).field).toBe('evidenceMaxBytes');
    await callError(t.router, 'settings.update', { evidenceMaxBytes: LIMITS.evidenceBytes + 1 }, 'invalid_input');
    await callError(t.router, 'settings.update', { evidenceMaxBytes: MiB + 0.5 }, 'invalid_input');
    await callError(t.router, 'settings.update', { somethingElse: 1 }, 'invalid_input');
    await call(t.router, 'settings.update', { evidenceMaxBytes: 100 * MiB });
    await call(t.router, 'settings.update', { evidenceMaxBytes: 100 * MiB });
    await call(t.router, 'settings.update', {});
    const events = (await call<AuditEvent[]>(t.router, 'audit.list')).filter((e) => e.action === 'settings.updated');
    expect(events).toEqual([
      expect.objectContaining({ ticketId: null, detail: { changes: { evidenceMaxBytes: { from: LIMITS.evidenceBytes, to: 100 * MiB } } } }),
    ]);
  });
});
