import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Entry, Evidence } from '@shared/domain';
import { LIMITS } from '@shared/limits';
import { ErrorMessage } from '@renderer/components/ErrorMessage';
import { SelectField, TextAreaField, TextField } from '@renderer/components/fields';
import { useLog } from '@renderer/features/timeline/queries';
import { useLanguage } from '@renderer/i18n';
import { formatDateTime } from '@renderer/lib/dates';
import { useUpdateEvidence } from '../queries';

/** "Mar 3, 10:32 · Agent: Your withdrawal is under…" for the "belongs to" list. */
function entryLabel(entry: Entry, author: string, when: string): string {
  const text = entry.text.replace(/\s+/g, ' ').trim();
  return `${when} · ${author}: ${text.length > 48 ? `${text.slice(0, 47)}…` : text}`;
}

/** Tags split on commas only (a tag may contain spaces: "risk review"), Chinese commas too. */
function parseTags(text: string): string[] {
  const tags = text
    .split(/[,，、;；\n]+/u)
    .map((tag) => tag.trim())
    .filter((tag) => tag.length > 0);
  return [...new Set(tags)].slice(0, LIMITS.listItems);
}

/** Description, tags and the entry the item belongs to, saved together. Mount with key={evidence.id}. */
export function EvidenceEditForm({ evidence }: { evidence: Evidence }) {
  const { t } = useTranslation();
  const { dateLocale } = useLanguage();
  const update = useUpdateEvidence(evidence.ticketId);
  const log = useLog(evidence.ticketId);
  const [description, setDescription] = useState(evidence.description ?? '');
  const [tags, setTags] = useState((evidence.tags ?? []).join(', '));
  const [entryId, setEntryId] = useState(evidence.entryId === null ? '' : String(evidence.entryId));

  const dirty =
    description.trim() !== (evidence.description ?? '') ||
    parseTags(tags).join('\n') !== (evidence.tags ?? []).join('\n') ||
    entryId !== (evidence.entryId === null ? '' : String(evidence.entryId));

  const save = (event: FormEvent) => {
    event.preventDefault();
    if (!dirty || update.isPending) return;
    update.mutate({
      id: evidence.id,
      description: description.trim() === '' ? null : description.trim(),
      tags: parseTags(tags),
      entryId: entryId === '' ? null : Number(entryId),
    });
  };

  const entries = (log.data ?? []).filter((entry) => entry.author !== 'system');

  return (
    <form className="evidence-edit form-stack" onSubmit={save}>
      <TextAreaField
        label={t('viewer.description')}
        value={description}
        rows={3}
        maxLength={LIMITS.longText}
        placeholder={t('viewer.descriptionPlaceholder')}
        onChange={(e) => setDescription(e.target.value)}
      />
      <TextField label={t('evidence.tags')} hint={t('viewer.tagsHint')} value={tags} autoComplete="off" onChange={(e) => setTags(e.target.value)} />
      <SelectField label={t('viewer.belongsTo')} value={entryId} onChange={(e) => setEntryId(e.target.value)}>
        <option value="">{t('viewer.wholeTicket')}</option>
        {entries.map((entry) => (
          <option key={entry.id} value={String(entry.id)}>
            {entryLabel(entry, t(`author.${entry.author}`), formatDateTime(entry.occurredAt, dateLocale))}
          </option>
        ))}
      </SelectField>
      <ErrorMessage error={update.error} />
      <div className="evidence-edit__actions">
        <span className="muted small" role="status">
          {update.isSuccess && !dirty ? t('viewer.saved') : ''}
        </span>
        <button type="submit" className="button button--primary button--small" disabled={!dirty || update.isPending}>
          {update.isPending ? t('common.saving') : t('viewer.save')}
        </button>
      </div>
    </form>
  );
}
