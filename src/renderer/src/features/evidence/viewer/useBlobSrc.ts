import { useEffect, useRef } from 'react';

type WithSrc = HTMLImageElement | HTMLIFrameElement | HTMLVideoElement | HTMLAudioElement;

/**
 * A ref for an <img>/<iframe>/<video>/<audio> that shows `blob` through an object URL typed as `type`
 * (the type the vault found, never one a server or the file name suggested). The URL is set on the
 * element in the effect and revoked when the blob changes or the element goes, so StrictMode's double
 * mount never leaves an element pointing at a revoked URL.
 */
export function useBlobSrc<T extends WithSrc>(blob: Blob | undefined, type: string) {
  const ref = useRef<T>(null);
  useEffect(() => {
    const element = ref.current;
    if (!element || !blob) return;
    const url = URL.createObjectURL(blob.type === type ? blob : new Blob([blob], { type }));
    element.src = url;
    return () => {
      element.removeAttribute('src');
      if (element instanceof HTMLMediaElement) element.load();
      URL.revokeObjectURL(url);
    };
  }, [blob, type]);
  return ref;
}
