import { useTranslation } from 'react-i18next';
import { Icon } from '@renderer/components/Icon';
import { PRIMARY_KEY_LABEL } from '@renderer/features/shortcuts/shortcuts';
import type { Zoom } from './useZoom';

/** Zoom out · level · zoom in · fit · 100%, each a labelled button with its shortcut in the tooltip. */
export function ZoomControls({ zoom }: { zoom: Zoom }) {
  const { t } = useTranslation();
  const percent = Math.round(zoom.scale * 100);
  return (
    <div className="zoom-controls" role="group" aria-label={t('viewer.zoom')}>
      <button
        type="button"
        className="button button--small"
        onClick={zoom.zoomOut}
        aria-label={t('viewer.zoomOut')}
        title={`${t('viewer.zoomOut')} (${PRIMARY_KEY_LABEL} −)`}
      >
        <Icon name="zoomOut" />
      </button>
      <output className="zoom-controls__level" aria-live="polite">
        {zoom.level === 'fit' ? t('viewer.zoomFit') : t('viewer.zoomLevel', { percent })}
      </output>
      <button
        type="button"
        className="button button--small"
        onClick={zoom.zoomIn}
        aria-label={t('viewer.zoomIn')}
        title={`${t('viewer.zoomIn')} (${PRIMARY_KEY_LABEL} +)`}
      >
        <Icon name="zoomIn" />
      </button>
      <button
        type="button"
        className="button button--small"
        onClick={zoom.fit}
        aria-pressed={zoom.level === 'fit'}
        title={`${t('viewer.fit')} (${PRIMARY_KEY_LABEL} 0)`}
      >
        <Icon name="fit" />
        {t('viewer.fit')}
      </button>
      <button
        type="button"
        className="button button--small"
        onClick={zoom.actualSize}
        aria-pressed={zoom.level === 1}
        aria-label={t('viewer.actualSize')}
        title={t('viewer.actualSize')}
      >
        1:1
      </button>
    </div>
  );
}
