/**
 * The contract's desktop-only methods as the core answers them when no shell provides them (web mode):
 * `unsupported`, with what to do instead in a browser. The desktop shell replaces these through openCore's
 * `shellHandlers`; app.info's `capabilities` tells the UI which ones are real.
 */
import { CasefileError } from '../errors';
import type { Handlers } from './router';

type DesktopMethod = 'evidence.pick' | 'evidence.openExternal' | 'capture.sources' | 'capture.take' | 'export.saveAs';

const unsupported = (message: string) => (): never => {
  throw new CasefileError('unsupported', message);
};

const CAPTURE =
  'Screen capture needs the desktop app; in the browser, take a screenshot with your system’s tool and paste it with Ctrl+V (⌘V on a Mac).';

export const desktopOnlyHandlers: Pick<Handlers, DesktopMethod> = {
  'evidence.pick': unsupported(
    'The native file picker needs the desktop app; in the browser, use “Add evidence” to choose files, or drop them onto the ticket.',
  ),
  'evidence.openExternal': unsupported(
    'Opening a file in another program needs the desktop app; in the browser, download the file and open it from there.',
  ),
  'capture.sources': unsupported(CAPTURE),
  'capture.take': unsupported(CAPTURE),
  'export.saveAs': unsupported(
    'Choosing where to save needs the desktop app; in the browser, the finished export downloads like any other file.',
  ),
};
