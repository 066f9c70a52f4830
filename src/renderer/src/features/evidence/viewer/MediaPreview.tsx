import type { Evidence } from '@shared/domain';
import { useBlobSrc } from './useBlobSrc';

/** Video or audio with the browser's own controls; nothing plays until the user presses play. */
export function MediaPreview({ evidence, blob }: { evidence: Evidence; blob: Blob }) {
  const audio = useBlobSrc<HTMLAudioElement>(blob, evidence.mimeType);
  const video = useBlobSrc<HTMLVideoElement>(blob, evidence.mimeType);
  if (evidence.mimeType.startsWith('audio/')) {
    return (
      <div className="media-stage media-stage--audio">
        <audio ref={audio} className="media-stage__audio" controls preload="metadata" aria-label={evidence.originalName} />
      </div>
    );
  }
  return (
    <div className="media-stage">
      <video ref={video} className="media-stage__video" controls preload="metadata" aria-label={evidence.originalName} />
    </div>
  );
}
