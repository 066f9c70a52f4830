/**
 * One evidence file on its way into an export, hashed as it streams. The archive must carry exactly the
 * bytes the item was added with: if the hash at the end differs from the item's SHA-256 the stream fails
 * (which fails the whole export) and the item's custody record says 'altered'. The last chunk is held
 * back until the hash is checked, so not even a truncated archive contains the complete altered file.
 * A match records nothing yet: the 'exported' custody event is written with the export's own record,
 * once the whole archive is complete (exportRecord.ts), so a cancelled export claims nothing.
 */
import { createHash } from 'node:crypto';
import { Transform, type Readable } from 'node:stream';
import type { Evidence } from '../../../shared/domain';
import { inTransaction, type CoreContext } from '../context';
import { CasefileError } from '../errors';
import { recordCustody } from '../evidence/custody';

const CHUNK = 1024 * 1024;

export function verifiedEvidenceStream(ctx: CoreContext, item: Evidence, exportFileName: string): Readable {
  const hash = createHash('sha256');
  let held: Buffer | undefined;
  const verifier = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      const previous = held;
      held = chunk;
      done(null, previous);
    },
    flush(done) {
      const actual = hash.digest('hex');
      if (actual !== item.sha256) {
        record(ctx, () => {
          recordCustody(ctx, {
            evidenceId: item.id,
            ticketId: item.ticketId,
            sha256: actual,
            event: 'altered',
            via: exportFileName,
            detail: { expectedSha256: item.sha256 },
          });
          ctx.audit.record('evidence.altered', {
            ticketId: item.ticketId,
            subject: `evidence:${item.id}`,
            detail: { name: item.originalName, sha256: item.sha256, actualSha256: actual, during: 'export' },
          });
        });
        done(
          new CasefileError(
            'conflict',
            `Evidence ${item.id} ("${item.originalName}") no longer matches the SHA-256 it was added with, so the export ` +
              'was stopped rather than include an altered file. Check the vault to see which items are affected.',
          ),
        );
        return;
      }
      done(null, held);
    },
  });

  const source = ctx.vault.openRead(item.sha256, { highWaterMark: CHUNK });
  source.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') {
      record(ctx, () =>
        recordCustody(ctx, { evidenceId: item.id, ticketId: item.ticketId, sha256: item.sha256, event: 'missing', via: exportFileName }),
      );
      verifier.destroy(
        new CasefileError(
          'conflict',
          `The file of evidence ${item.id} ("${item.originalName}") is missing from the vault, so the export was stopped. ` +
            'Check the vault to see which items are affected.',
        ),
      );
    } else {
      verifier.destroy(error);
    }
  });
  source.pipe(verifier);
  return verifier;
}

/** Custody is written as the archive streams, possibly after the core closed: never let that break the stream. */
function record(ctx: CoreContext, write: () => void): void {
  try {
    inTransaction(ctx, write);
  } catch (error) {
    ctx.log(`[casefile] export custody not recorded: ${error instanceof Error ? error.message : String(error)}`);
  }
}
