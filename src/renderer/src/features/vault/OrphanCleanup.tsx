import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VaultReport } from '@shared/domain';
import { ConfirmDialog } from '@renderer/components/ConfirmDialog';
import { ErrorMessage } from '@renderer/components/ErrorMessage';
import { Icon } from '@renderer/components/Icon';
import { useLanguage } from '@renderer/i18n';
import { formatBytes } from '@renderer/lib/format';
import { useRemoveOrphans } from './queries';

/** "Remove orphaned files", after a confirmation that says how many and how big; then what was freed. */
export function OrphanCleanup({ orphans }: { orphans: VaultReport['orphans'] }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [confirming, setConfirming] = useState(false);
  const remove = useRemoveOrphans();
  const bytes = orphans.reduce((sum, orphan) => sum + orphan.size, 0);

  if (remove.data) {
    return (
      <p className="vault-report__done" role="status">
        <Icon name="check" /> {t('vault.removed', { count: remove.data.removed, bytes: formatBytes(remove.data.bytes, language) })}
      </p>
    );
  }
  return (
    <>
      <button type="button" className="button button--small button--danger-quiet" onClick={() => setConfirming(true)}>
        <Icon name="trash" />
        {t('vault.removeOrphans')}
      </button>
      <ErrorMessage error={remove.error} />
      {confirming ? (
        <ConfirmDialog
          title={t('vault.removeTitle')}
          question={t('vault.removeQuestion', { count: orphans.length, bytes: formatBytes(bytes, language) })}
          confirmLabel={t('vault.removeConfirm')}
          busyLabel={t('vault.removing')}
          busy={remove.isPending}
          error={remove.error}
          onCancel={() => setConfirming(false)}
          onConfirm={() => remove.mutate(undefined, { onSettled: () => setConfirming(false) })}
        />
      ) : null}
    </>
  );
}
