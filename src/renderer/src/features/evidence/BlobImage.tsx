import { useEffect, useRef } from 'react';

/**
 * An <img> showing a Blob through an object URL that lives exactly as long as this element shows that
 * blob. The URL is set on the element in the effect (not through state), so StrictMode's double
 * mount never leaves the image pointing at a revoked URL.
 */
export function BlobImage({ blob, alt, className }: { blob: Blob; alt: string; className?: string }) {
  const ref = useRef<HTMLImageElement>(null);

  useEffect(() => {
    const img = ref.current;
    if (!img) return;
    const url = URL.createObjectURL(blob);
    img.src = url;
    return () => {
      img.removeAttribute('src');
      URL.revokeObjectURL(url);
    };
  }, [blob]);

  return <img ref={ref} alt={alt} className={className} decoding="async" />;
}
