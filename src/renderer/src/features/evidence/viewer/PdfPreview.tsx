import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Evidence } from '@shared/domain';
import { NoPreview } from './NoPreview';
import { useBlobSrc } from './useBlobSrc';

/**
 * A PDF in Chromium's own viewer, from a blob: URL typed application/pdf by us (so the bytes can only
 * ever be handled as a PDF, whatever they contain). Should the page's CSP refuse blob: frames (an older
 * shell), the refusal is noticed and the download offer takes its place.
 */
export function PdfPreview({ evidence, blob }: { evidence: Evidence; blob: Blob }) {
  const { t } = useTranslation();
  const frame = useBlobSrc<HTMLIFrameElement>(blob, 'application/pdf');
  const [blocked, setBlocked] = useState(false);

  useEffect(() => {
    const onViolation = (event: SecurityPolicyViolationEvent) => {
      if (event.effectiveDirective.startsWith('frame-src') || event.effectiveDirective === 'child-src') {
        if (event.blockedURI.startsWith('blob')) setBlocked(true);
      }
    };
    document.addEventListener('securitypolicyviolation', onViolation);
    return () => document.removeEventListener('securitypolicyviolation', onViolation);
  }, []);

  if (blocked) return <NoPreview evidence={evidence} reason="pdfUnavailable" />;
  return <iframe ref={frame} className="pdf-frame" title={t('viewer.pdfTitle', { name: evidence.originalName })} />;
}
