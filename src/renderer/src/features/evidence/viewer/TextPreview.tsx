import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '@renderer/i18n';
import { formatBytes } from '@renderer/lib/format';

/** Enough to read a chat log or an e-mail; the rest is in the download. */
const MAX_TEXT_BYTES = 1024 * 1024;

/** UTF-8 when the bytes are valid UTF-8, else GB18030 (Chinese Windows exports), never as markup. */
async function decode(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.slice(0, MAX_TEXT_BYTES).arrayBuffer());
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // A cut in the middle of a UTF-8 sequence at the 1 MB mark is not a reason to switch encodings.
    const lenient = new TextDecoder('utf-8').decode(bytes);
    const broken = (lenient.match(/\uFFFD/g) ?? []).length;
    if (broken <= 2) return lenient;
    return new TextDecoder('gb18030').decode(bytes);
  }
}

/** Plain text in a <pre>: React escapes it, so an HTML file pasted as text shows its tags. */
export function TextPreview({ blob }: { blob: Blob }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [text, setText] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    decode(blob).then(
      (value) => live && setText(value),
      () => live && setText(''),
    );
    return () => {
      live = false;
    };
  }, [blob]);

  if (text === null) return <p className="muted" role="status">{t('viewer.loading')}</p>;
  return (
    <div className="text-stage">
      {blob.size > MAX_TEXT_BYTES ? (
        <p className="text-stage__note muted small">{t('viewer.textTruncated', { size: formatBytes(MAX_TEXT_BYTES, language) })}</p>
      ) : null}
      <pre className="text-stage__text" tabIndex={0}>
        {text}
      </pre>
    </div>
  );
}
