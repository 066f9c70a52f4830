import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { VENUE_KINDS, type VenueKind } from '@shared/followUp';
import { LIMITS } from '@shared/limits';
import { ErrorMessage } from '@renderer/components/ErrorMessage';
import { SelectField, TextAreaField, TextField } from '@renderer/components/fields';
import { useSaveVenue } from './queries';
import { RegionField } from './RegionField';

/** A body the directory does not list (a local consumer council, a specific police unit): kept beside the built-in ones. */
export function AddVenueForm({ defaultJurisdiction }: { defaultJurisdiction: string | null }) {
  const { t } = useTranslation();
  const save = useSaveVenue();
  const [name, setName] = useState('');
  const [jurisdiction, setJurisdiction] = useState(defaultJurisdiction ?? '');
  const [kind, setKind] = useState<VenueKind>('consumer_body');
  const [url, setUrl] = useState('');
  const [covers, setCovers] = useState('');
  const [needs, setNeeds] = useState('');
  const [deadlineDays, setDeadlineDays] = useState('');
  const [added, setAdded] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const days = deadlineDays.trim() ? Number(deadlineDays) : undefined;
    save.mutate(
      {
        name: name.trim(),
        jurisdiction: jurisdiction.trim(),
        kind,
        url: url.trim(),
        covers: covers.trim() || undefined,
        needs: needs.trim() || undefined,
        deadlineDays: days,
      },
      {
        onSuccess: (venue) => {
          setAdded(venue.name.en);
          setName('');
          setUrl('');
          setCovers('');
          setNeeds('');
          setDeadlineDays('');
        },
      },
    );
  };

  return (
    <form className="form add-venue" aria-label={t('venues.add.title')} onSubmit={submit}>
      <div className="form-grid">
        <TextField
          label={t('venues.add.name')}
          value={name}
          required
          maxLength={LIMITS.shortText}
          autoComplete="off"
          onChange={(e) => {
            setName(e.target.value);
            setAdded(null);
          }}
        />
        <RegionField label={t('venues.add.jurisdiction')} value={jurisdiction} required onChange={setJurisdiction} />
        <SelectField label={t('venues.add.kind')} value={kind} onChange={(e) => setKind(e.target.value as VenueKind)}>
          {VENUE_KINDS.map((value) => (
            <option key={value} value={value}>
              {t(`escalation.venueKind.${value}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t('venues.add.url')}
          type="url"
          inputMode="url"
          placeholder="https://"
          value={url}
          required
          maxLength={LIMITS.address}
          autoComplete="off"
          onChange={(e) => setUrl(e.target.value)}
        />
      </div>
      <TextAreaField
        label={t('venues.covers')}
        optional
        rows={2}
        value={covers}
        maxLength={LIMITS.longText}
        onChange={(e) => setCovers(e.target.value)}
      />
      <TextAreaField label={t('venues.needs')} optional rows={2} value={needs} maxLength={LIMITS.longText} onChange={(e) => setNeeds(e.target.value)} />
      <TextField
        label={t('venues.add.deadlineDays')}
        hint={t('venues.add.deadlineDaysHint')}
        optional
        type="number"
        min={1}
        max={3650}
        step={1}
        value={deadlineDays}
        onChange={(e) => setDeadlineDays(e.target.value)}
      />
      <ErrorMessage
        error={save.error}
        fieldLabels={{
          name: t('venues.add.name'),
          jurisdiction: t('venues.add.jurisdiction'),
          kind: t('venues.add.kind'),
          url: t('venues.add.url'),
          covers: t('venues.covers'),
          needs: t('venues.needs'),
          deadlineDays: t('venues.add.deadlineDays'),
        }}
      />
      <div className="form__actions">
        <span className="muted small" role="status">
          {added ? t('venues.add.added', { name: added }) : null}
        </span>
        <button type="submit" className="button button--primary" disabled={save.isPending}>
          {save.isPending ? t('common.saving') : t('venues.add.save')}
        </button>
      </div>
    </form>
  );
}
