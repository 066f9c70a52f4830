import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Channel, Platform } from '@shared/domain';
import { ErrorMessage } from '@renderer/components/ErrorMessage';
import { PromisedResponseField } from './PromisedResponseField';
import { hoursFromPromise, promiseFromHours, promiseProblem, type PromisedDraft } from './promisedResponse';
import { useUpdateChannel } from './queries';

/**
 * What the platform promises per channel ("e-mail: within 24 hours"), for channels already saved: the
 * clocks measure their answers against it, and letters quote it.
 */
export function ChannelResponseTimes({ platform }: { platform: Platform }) {
  const { t } = useTranslation();
  const update = useUpdateChannel();
  // Only what the user typed; a channel not touched shows what is saved (also one added meanwhile).
  const [drafts, setDrafts] = useState<Record<number, PromisedDraft>>({});
  const [saved, setSaved] = useState(false);
  if (platform.channels.length === 0) return null;

  const draftOf = (channel: Channel) => drafts[channel.id] ?? promiseFromHours(channel.promisedResponseHours);
  const changed = platform.channels.filter((c) => hoursFromPromise(draftOf(c)) !== c.promisedResponseHours);
  const blocked = changed.some((c) => promiseProblem(draftOf(c)));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    try {
      // One call per changed channel, in order, so an error names the channel it stopped at.
      for (const channel of changed) {
        await update.mutateAsync({ id: channel.id, promisedResponseHours: hoursFromPromise(draftOf(channel)) });
      }
      setSaved(true);
    } catch {
      // Shown by ErrorMessage from the mutation's state; the drafts stay as typed.
    }
  };

  return (
    <form className="form find-support__form" aria-label={t('platformFacts.promisedLegend')} onSubmit={(e) => void submit(e)}>
      <fieldset className="fieldset">
        <legend>{t('platformFacts.promisedLegend')}</legend>
        <p className="fieldset__hint">{t('platformFacts.promisedLegendHint')}</p>
        <div className="form-grid">
          {platform.channels.map((channel) => (
            <PromisedResponseField
              key={channel.id}
              label={`${t(`channelKind.${channel.kind}`)} · ${channel.address}`}
              value={draftOf(channel)}
              onChange={(next) => {
                setDrafts((all) => ({ ...all, [channel.id]: next }));
                setSaved(false);
              }}
            />
          ))}
        </div>
      </fieldset>
      <ErrorMessage error={update.error} fieldLabels={{ promisedResponseHours: t('platformFacts.promised') }} />
      <div className="form__actions">
        <span className="muted small" role="status">
          {saved ? t('platformFacts.promisedSaved') : null}
        </span>
        <button type="submit" className="button button--primary" disabled={update.isPending || changed.length === 0 || blocked}>
          {update.isPending ? t('common.saving') : t('platformFacts.promisedSave')}
        </button>
      </div>
    </form>
  );
}
