/**
 * The desktop-only API methods, given to openCore as `shellHandlers`. Electron's dialog, shell,
 * desktopCapturer and screen arrive as plain functions (index.ts passes the real ones, tests fakes), so
 * nothing here loads Electron.
 */
import type { Handlers } from '../core/api/router';
import type { CoreContext } from '../core/context';
import { listCaptureSources } from './captureSources';
import { takeCapture, type CaptureTakeDeps } from './captureTake';
import { openEvidenceExternally, type OpenExternalDeps } from './openExternal';
import { pickEvidence, type PickDeps } from './pickEvidence';
import { saveExportAs, type SaveExportDeps } from './saveExport';

export type DesktopDeps = PickDeps & OpenExternalDeps & CaptureTakeDeps & SaveExportDeps;

type ShellMethods = 'evidence.pick' | 'evidence.openExternal' | 'capture.sources' | 'capture.take' | 'export.saveAs';

export function createShellHandlers(deps: DesktopDeps): (ctx: CoreContext) => Pick<Handlers, ShellMethods> {
  return (ctx) => ({
    'evidence.pick': (input) => pickEvidence(ctx, deps, input),
    'evidence.openExternal': ({ id }) => openEvidenceExternally(ctx, deps, id),
    'capture.sources': () => listCaptureSources(deps),
    'capture.take': (input) => takeCapture(ctx, deps, input),
    'export.saveAs': ({ jobId }) => saveExportAs(ctx, deps, jobId),
  });
}
