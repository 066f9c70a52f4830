import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '@shared/limits';
import { Dialog } from '@renderer/components/Dialog';
import { ErrorMessage } from '@renderer/components/ErrorMessage';
import { TextAreaField, TextField } from '@renderer/components/fields';
import { splitList } from '@renderer/lib/format';
import {
  PlatformFactsFields,
  emptyFacts,
  factsInput,
  useFactsFieldLabels,
  type PlatformFactsDraft,
} from '@renderer/features/escalation/PlatformFactsFields';
import { ChannelFields, channelInput, emptyChannel, type ChannelDraft } from './ChannelFields';
import { useCreatePlatform } from './queries';

export function AddPlatformDialog({ onClose, onCreated }: { onClose: () => void; onCreated?: (id: number) => void }) {
  const { t } = useTranslation();
  const createPlatform = useCreatePlatform();
  const [name, setName] = useState('');
  const [website, setWebsite] = useState('');
  const [domains, setDomains] = useState('');
  const [notes, setNotes] = useState('');
  const [channel, setChannel] = useState<ChannelDraft>(emptyChannel);
  const [facts, setFacts] = useState<PlatformFactsDraft>(emptyFacts);
  const factsLabels = useFactsFieldLabels();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const firstChannel = channelInput(channel);
    createPlatform.mutate(
      {
        name: name.trim(),
        website: website.trim() || undefined,
        officialDomains: splitList(domains),
        notes: notes.trim() || undefined,
        channels: firstChannel ? [firstChannel] : [],
        ...factsInput(facts),
      },
      {
        onSuccess: ({ id }) => {
          onCreated?.(id);
          onClose();
        },
      },
    );
  };

  return (
    <Dialog title={t('platformForm.title')} onClose={onClose} size="wide">
      <form className="form" onSubmit={submit}>
        <div className="form-grid">
          <TextField
            label={t('platformForm.name')}
            value={name}
            required
            maxLength={LIMITS.shortText}
            data-autofocus
            autoComplete="off"
            onChange={(e) => setName(e.target.value)}
          />
          <TextField
            label={t('platformForm.website')}
            optional
            value={website}
            inputMode="url"
            placeholder={t('platformForm.websitePlaceholder')}
            maxLength={LIMITS.address}
            autoComplete="off"
            onChange={(e) => setWebsite(e.target.value)}
          />
        </div>
        <TextField
          label={t('platformForm.officialDomains')}
          hint={t('platformForm.officialDomainsHint')}
          optional
          value={domains}
          maxLength={LIMITS.listItems * 254}
          autoComplete="off"
          onChange={(e) => setDomains(e.target.value)}
        />
        <fieldset className="fieldset">
          <legend>{t('platformForm.channelLegend')}</legend>
          <p className="fieldset__hint">{t('platformForm.channelHint')}</p>
          <ChannelFields value={channel} onChange={setChannel} />
        </fieldset>
        <details className="fieldset platform-facts">
          <summary>{t('platformFacts.legend')}</summary>
          <p className="fieldset__hint">{t('platformFacts.hint')}</p>
          <PlatformFactsFields value={facts} onChange={setFacts} />
        </details>
        <TextAreaField
          label={t('platformForm.notes')}
          optional
          rows={2}
          value={notes}
          maxLength={LIMITS.longText}
          onChange={(e) => setNotes(e.target.value)}
        />
        <ErrorMessage
          error={createPlatform.error}
          fieldLabels={{
            name: t('platformForm.name'),
            website: t('platformForm.website'),
            officialDomains: t('platformForm.officialDomains'),
            notes: t('platformForm.notes'),
            'channels.address': t('platformForm.address'),
            channels: t('platformForm.channelLegend'),
            'channels.promisedResponseHours': t('platformFacts.promised'),
            ...factsLabels,
          }}
        />
        <div className="form__actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button--primary" disabled={createPlatform.isPending}>
            {createPlatform.isPending ? t('common.saving') : t('platformForm.submit')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
