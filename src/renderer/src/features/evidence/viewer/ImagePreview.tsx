import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Evidence } from '@shared/domain';
import { useBlobSrc } from './useBlobSrc';
import type { Zoom } from './useZoom';

/**
 * The full image, fitted to the stage by default; zoomed, it keeps its pixel size × scale and the stage
 * scrolls. Ctrl/⌘ + wheel zooms (trackpad pinch arrives the same way).
 */
export function ImagePreview({ evidence, blob, zoom }: { evidence: Evidence; blob: Blob; zoom: Zoom }) {
  const { t } = useTranslation();
  const image = useBlobSrc<HTMLImageElement>(blob, evidence.mimeType);
  const stage = useRef<HTMLDivElement>(null);
  const [natural, setNatural] = useState<{ width: number; height: number } | null>(null);
  const { setFitScale, zoomIn, zoomOut } = zoom;
  const wheel = useRef({ zoomIn, zoomOut });
  useEffect(() => {
    wheel.current = { zoomIn, zoomOut };
  });

  // What "fit" means for this image in this window.
  useLayoutEffect(() => {
    const element = stage.current;
    if (!element || !natural) return;
    const measure = () => {
      const scale = Math.min(1, element.clientWidth / natural.width, element.clientHeight / natural.height);
      setFitScale(scale);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [natural, setFitScale]);

  useEffect(() => {
    const element = stage.current;
    if (!element) return;
    const onWheel = (event: WheelEvent) => {
      if (!event.ctrlKey && !event.metaKey) return;
      event.preventDefault();
      if (event.deltaY < 0) wheel.current.zoomIn();
      else if (event.deltaY > 0) wheel.current.zoomOut();
    };
    // Not passive: the page must not zoom as a whole.
    element.addEventListener('wheel', onWheel, { passive: false });
    return () => element.removeEventListener('wheel', onWheel);
  }, []);

  const fitted = zoom.level === 'fit';
  const size = !fitted && natural ? { width: natural.width * zoom.scale, height: natural.height * zoom.scale } : undefined;

  return (
    <div ref={stage} className={`image-stage ${fitted ? 'image-stage--fit' : 'image-stage--zoomed'}`}>
      <img
        ref={image}
        className="image-stage__image"
        alt={evidence.originalName}
        title={evidence.description ?? undefined}
        draggable={false}
        style={size}
        onLoad={(event) => setNatural({ width: event.currentTarget.naturalWidth, height: event.currentTarget.naturalHeight })}
      />
      {natural ? null : <span className="visually-hidden">{t('viewer.loading')}</span>}
    </div>
  );
}
