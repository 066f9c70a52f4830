/**
 * capture.sources: the screens and windows the user can capture, each with a small preview. Electron's
 * desktopCapturer runs in the main process, so the page needs no media permission.
 */
import type { CaptureSource } from '../../shared/domain';

/** The parts of Electron's NativeImage the capture code uses. */
export interface CaptureImage {
  isEmpty(): boolean;
  toPNG(): Buffer;
  toDataURL(): string;
}

/** The parts of Electron's DesktopCapturerSource the capture code uses. */
export interface CapturerSource {
  id: string;
  name: string;
  thumbnail: CaptureImage;
}

export interface SourcesOptions {
  types: ('screen' | 'window')[];
  thumbnailSize: { width: number; height: number };
}

export interface CaptureSourcesDeps {
  /** desktopCapturer.getSources. */
  getSources(options: SourcesOptions): Promise<CapturerSource[]>;
}

export const PREVIEW_SIZE = { width: 320, height: 200 };

/** Electron's source ids are "screen:<n>:<m>" or "window:<n>:<m>". */
export const kindOf = (id: string): CaptureSource['kind'] => (id.startsWith('screen:') ? 'screen' : 'window');

export async function listCaptureSources(deps: CaptureSourcesDeps): Promise<CaptureSource[]> {
  const sources = await deps.getSources({ types: ['screen', 'window'], thumbnailSize: PREVIEW_SIZE });
  return sources.map((source) => ({
    id: source.id,
    name: source.name,
    kind: kindOf(source.id),
    thumbnail: source.thumbnail.toDataURL(),
  }));
}
