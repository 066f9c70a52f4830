import { useState, type FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Platform } from '@shared/domain';
import { ErrorMessage } from '@renderer/components/ErrorMessage';
import { useUpdatePlatform } from '@renderer/features/platforms/queries';
import { PlatformFactsFields, factsFromPlatform, factsInput, useFactsFieldLabels } from './PlatformFactsFields';

/**
 * A platform's legal facts, editable on their own (the official domains beside them have their own
 * form, because saving those re-checks every message). The jurisdiction picks the venues and the facts
 * fill letters, so both are fetched again.
 */
export function PlatformFactsForm({ platform }: { platform: Platform }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const update = useUpdatePlatform(platform.id);
  const fieldLabels = useFactsFieldLabels();
  const [facts, setFacts] = useState(() => factsFromPlatform(platform));
  const [saved, setSaved] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    update.mutate(factsInput(facts), {
      onSuccess: (next) => {
        setFacts(factsFromPlatform(next));
        setSaved(true);
        void queryClient.invalidateQueries({ queryKey: ['venues'] });
        void queryClient.invalidateQueries({ queryKey: ['letter'] });
      },
    });
  };

  return (
    <form className="form find-support__form" aria-label={t('platformFacts.legend')} onSubmit={submit}>
      <fieldset className="fieldset">
        <legend>{t('platformFacts.legend')}</legend>
        <p className="fieldset__hint">{t('platformFacts.hint')}</p>
        <PlatformFactsFields
          value={facts}
          onChange={(next) => {
            setFacts(next);
            setSaved(false);
          }}
        />
      </fieldset>
      <ErrorMessage error={update.error} fieldLabels={fieldLabels} />
      <div className="form__actions">
        <span className="muted small" role="status">
          {saved ? t('platformFacts.saved') : null}
        </span>
        <button type="submit" className="button button--primary" disabled={update.isPending}>
          {update.isPending ? t('common.saving') : t('platformFacts.save')}
        </button>
      </div>
    </form>
  );
}
