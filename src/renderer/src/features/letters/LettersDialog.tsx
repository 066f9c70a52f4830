import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '@renderer/components/Dialog';
import { ErrorMessage } from '@renderer/components/ErrorMessage';
import { useReturnFocus } from '@renderer/features/escalation/useReturnFocus';
import { LetterWriter } from './LetterWriter';
import { useLetterTemplates } from './queries';
import { TemplateEditor } from './TemplateEditor';

interface LettersDialogProps {
  ticketId: number;
  platformId: number;
  /** The letter the playbook proposed (already in the UI language), or null for the first follow-up. */
  initialTemplateId: string | null;
  onClose: () => void;
}

/** Write a letter from the ticket's facts, or edit the templates letters are made from. */
export function LettersDialog({ ticketId, platformId, initialTemplateId, onClose }: LettersDialogProps) {
  const { t } = useTranslation();
  useReturnFocus();
  const templates = useLetterTemplates();
  const [mode, setMode] = useState<'write' | 'templates'>('write');
  const [templateId, setTemplateId] = useState<string | null>(initialTemplateId);
  const list = templates.data ?? [];

  return (
    <Dialog
      title={mode === 'write' ? t('letters.title') : t('letters.editor.title')}
      onClose={onClose}
      size="wide"
      headerExtra={
        <button
          type="button"
          className="button button--small"
          onClick={() => setMode((current) => (current === 'write' ? 'templates' : 'write'))}
        >
          {mode === 'write' ? t('letters.editTemplates') : t('letters.backToLetter')}
        </button>
      }
    >
      <ErrorMessage error={templates.error} />
      {templates.data && mode === 'write' ? (
        <LetterWriter ticketId={ticketId} platformId={platformId} templates={list} templateId={templateId} onTemplateChange={setTemplateId} />
      ) : null}
      {templates.data && mode === 'templates' ? (
        <TemplateEditor templates={list} initialId={templateId && list.some((x) => x.id === templateId) ? templateId : null} onSaved={setTemplateId} />
      ) : null}
      {templates.isPending ? <p className="muted">{t('common.loading')}</p> : null}
    </Dialog>
  );
}
