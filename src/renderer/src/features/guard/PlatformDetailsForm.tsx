import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Platform } from '@shared/domain';
import { LIMITS } from '@shared/limits';
import { ErrorMessage } from '@renderer/components/ErrorMessage';
import { TextAreaField, TextField } from '@renderer/components/fields';
import { splitList } from '@renderer/lib/format';
import { useUpdatePlatform } from '@renderer/features/platforms/queries';
import { ChannelResponseTimes } from '@renderer/features/escalation/ChannelResponseTimes';
import { PlatformFactsForm } from '@renderer/features/escalation/PlatformFactsForm';
import { WhereToComplainButton } from '@renderer/features/venues/WhereToComplainButton';

/**
 * The platform's official domains (comma or newline separated), website and notes, editable: the guard
 * judges every link and channel against the domains, so a wrong or missing one must be fixable. Saving
 * re-scans the platform's logged agent messages (platforms.update).
 */
export function PlatformDetailsForm({ platform }: { platform: Platform }) {
  const { t } = useTranslation();
  const update = useUpdatePlatform(platform.id);
  const [domains, setDomains] = useState(platform.officialDomains.join('\n'));
  const [website, setWebsite] = useState(platform.website ?? '');
  const [notes, setNotes] = useState(platform.notes ?? '');
  const [saved, setSaved] = useState(false);

  const edit = (setter: (value: string) => void) => (value: string) => {
    setter(value);
    setSaved(false);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    update.mutate(
      { officialDomains: splitList(domains), website: website.trim() || null, notes: notes.trim() || null },
      {
        onSuccess: (next) => {
          setDomains(next.officialDomains.join('\n'));
          setWebsite(next.website ?? '');
          setNotes(next.notes ?? '');
          setSaved(true);
        },
      },
    );
  };

  return (
    <>
      <form className="form find-support__form" aria-label={t('guard.support.details.legend')} onSubmit={submit}>
        <fieldset className="fieldset">
          <legend>{t('guard.support.details.legend')}</legend>
          <p className="fieldset__hint">{t('guard.support.details.hint')}</p>
          <TextAreaField
            label={t('guard.support.domains')}
            hint={t('guard.support.details.domainsHint')}
            optional
            rows={3}
            value={domains}
            maxLength={LIMITS.listItems * 254}
            autoComplete="off"
            spellCheck={false}
            onChange={(e) => edit(setDomains)(e.target.value)}
          />
          <TextField
            label={t('guard.support.website')}
            optional
            value={website}
            inputMode="url"
            maxLength={LIMITS.address}
            autoComplete="off"
            onChange={(e) => edit(setWebsite)(e.target.value)}
          />
          <TextAreaField
            label={t('guard.support.details.notes')}
            optional
            rows={2}
            value={notes}
            maxLength={LIMITS.longText}
            onChange={(e) => edit(setNotes)(e.target.value)}
          />
        </fieldset>
        <ErrorMessage
          error={update.error}
          fieldLabels={{
            officialDomains: t('guard.support.domains'),
            website: t('guard.support.website'),
            notes: t('guard.support.details.notes'),
          }}
        />
        <div className="form__actions">
          <span className="muted small" role="status">
            {saved ? t('guard.support.details.saved') : null}
          </span>
          <button type="submit" className="button button--primary" disabled={update.isPending}>
            {update.isPending ? t('common.saving') : t('guard.support.details.save')}
          </button>
        </div>
      </form>
      {/* Issue 5: the legal facts, where to complain, and each channel's promised response time. */}
      <PlatformFactsForm platform={platform} />
      <WhereToComplainButton platformId={platform.id} />
      <ChannelResponseTimes platform={platform} />
    </>
  );
}
