import { useTranslation } from 'react-i18next';
import type { Platform } from '@shared/domain';
import { LIMITS } from '@shared/limits';
import { TextField } from '@renderer/components/fields';
import { RegionField } from '@renderer/features/venues/RegionField';
import { normalizeRegion } from '@renderer/lib/regions';
import '@renderer/styles/escalation.css';

/** The legal facts of a platform as typed (strings; empty = not known). */
export interface PlatformFactsDraft {
  legalEntity: string;
  registrationNumber: string;
  jurisdiction: string;
  accountUid: string;
}

export const emptyFacts: PlatformFactsDraft = { legalEntity: '', registrationNumber: '', jurisdiction: '', accountUid: '' };

export function factsFromPlatform(platform: Platform): PlatformFactsDraft {
  return {
    legalEntity: platform.legalEntity ?? '',
    registrationNumber: platform.registrationNumber ?? '',
    jurisdiction: platform.jurisdiction ?? '',
    accountUid: platform.accountUid ?? '',
  };
}

/**
 * The facts as the API takes them: empty → null (cleared). A jurisdiction that is not two letters is
 * sent as typed, so the API's own message names the field instead of the value silently vanishing.
 */
export function factsInput(draft: PlatformFactsDraft) {
  const jurisdiction = draft.jurisdiction.trim();
  return {
    legalEntity: draft.legalEntity.trim() || null,
    registrationNumber: draft.registrationNumber.trim() || null,
    jurisdiction: jurisdiction ? (normalizeRegion(jurisdiction) ?? jurisdiction) : null,
    accountUid: draft.accountUid.trim() || null,
  };
}

/** Field path → label, for errors that name one of these fields. */
export function useFactsFieldLabels(): Record<string, string> {
  const { t } = useTranslation();
  return {
    legalEntity: t('platformFacts.legalEntity'),
    registrationNumber: t('platformFacts.registrationNumber'),
    jurisdiction: t('platformFacts.jurisdiction'),
    accountUid: t('platformFacts.accountUid'),
  };
}

/**
 * Who the user contracts with and where it is regulated (from the terms of use), and their account UID:
 * letters and complaints need them, and the jurisdiction picks where to complain.
 */
export function PlatformFactsFields({ value, onChange }: { value: PlatformFactsDraft; onChange: (next: PlatformFactsDraft) => void }) {
  const { t } = useTranslation();
  const set = (field: keyof PlatformFactsDraft) => (next: string) => onChange({ ...value, [field]: next });
  return (
    <div className="form-grid">
      <TextField
        label={t('platformFacts.legalEntity')}
        hint={t('platformFacts.legalEntityHint')}
        optional
        value={value.legalEntity}
        maxLength={LIMITS.shortText}
        autoComplete="off"
        onChange={(e) => set('legalEntity')(e.target.value)}
      />
      <TextField
        label={t('platformFacts.registrationNumber')}
        optional
        value={value.registrationNumber}
        maxLength={LIMITS.shortText}
        autoComplete="off"
        spellCheck={false}
        onChange={(e) => set('registrationNumber')(e.target.value)}
      />
      <RegionField
        label={t('platformFacts.jurisdiction')}
        hint={t('platformFacts.jurisdictionHint')}
        optional
        value={value.jurisdiction}
        onChange={set('jurisdiction')}
      />
      <TextField
        label={t('platformFacts.accountUid')}
        hint={t('platformFacts.accountUidHint')}
        optional
        value={value.accountUid}
        maxLength={LIMITS.shortText}
        autoComplete="off"
        spellCheck={false}
        onChange={(e) => set('accountUid')(e.target.value)}
      />
    </div>
  );
}
