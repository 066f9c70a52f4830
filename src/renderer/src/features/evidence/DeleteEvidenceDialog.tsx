import { useTranslation } from 'react-i18next';
import type { Evidence } from '@shared/domain';
import { ConfirmDialog } from '@renderer/components/ConfirmDialog';
import { useDeleteEvidence } from './queries';

/**
 * "Delete screenshot.png?", saying what stays: the audit trail's record of it, and the file itself while
 * another item uses it. Focus starts on Cancel.
 */
export function DeleteEvidenceDialog({ evidence, onCancel, onDeleted }: { evidence: Evidence; onCancel: () => void; onDeleted: () => void }) {
  const { t } = useTranslation();
  const remove = useDeleteEvidence(evidence.ticketId);
  return (
    <ConfirmDialog
      title={t('deleteEvidence.title')}
      question={t('deleteEvidence.question', { name: evidence.originalName })}
      confirmLabel={t('deleteEvidence.confirm')}
      busyLabel={t('deleteEvidence.deleting')}
      busy={remove.isPending}
      error={remove.error}
      onCancel={onCancel}
      onConfirm={() => remove.mutate(evidence.id, { onSuccess: onDeleted })}
    >
      <ul className="confirm__list">
        <li>{t('deleteEvidence.auditKept')}</li>
        <li>{t('deleteEvidence.fileKept')}</li>
      </ul>
    </ConfirmDialog>
  );
}
