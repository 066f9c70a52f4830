import { useTranslation } from 'react-i18next';
import { CHANNEL_KINDS, FOUND_VIA, type ChannelKind, type FoundVia } from '@shared/domain';
import { LIMITS } from '@shared/limits';
import { CheckboxField, SelectField, TextField } from '@renderer/components/fields';
import { ContactCheck } from '@renderer/features/guard/ContactCheck';
import { PromisedResponseField } from '@renderer/features/escalation/PromisedResponseField';
import { emptyPromise, hoursFromPromise, type PromisedDraft } from '@renderer/features/escalation/promisedResponse';

export interface ChannelDraft {
  kind: ChannelKind;
  address: string;
  foundVia: FoundVia | '';
  verified: boolean;
  /** The platform's promised response time on this channel ("email: 24 h"); empty = not stated. */
  promised: PromisedDraft;
}

export const emptyChannel: ChannelDraft = { kind: 'live_chat', address: '', foundVia: '', verified: false, promised: emptyPromise };

/** The channel as the API wants it, or null when no address was given (the channel is optional). */
export function channelInput(draft: ChannelDraft) {
  const address = draft.address.trim();
  if (!address) return null;
  return {
    kind: draft.kind,
    address,
    foundVia: draft.foundVia || undefined,
    verified: draft.verified,
    promisedResponseHours: hoursFromPromise(draft.promised) ?? undefined,
  };
}

interface ChannelFieldsProps {
  value: ChannelDraft;
  onChange: (next: ChannelDraft) => void;
  addressRequired?: boolean;
  /** The platform the address is checked against while typed (null: not saved yet, lookalikes only). */
  platformId?: number | null;
}

/** Kind, address, where it was found and whether it is verified: shared by "add platform" and "add channel". */
export function ChannelFields({ value, onChange, addressRequired = false, platformId = null }: ChannelFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <div className="form-grid">
        <SelectField
          label={t('platformForm.channelKind')}
          value={value.kind}
          onChange={(e) => onChange({ ...value, kind: e.target.value as ChannelKind })}
        >
          {CHANNEL_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`channelKind.${kind}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t('platformForm.address')}
          hint={t('platformForm.addressHint')}
          value={value.address}
          maxLength={LIMITS.address}
          required={addressRequired}
          autoComplete="off"
          onChange={(e) => onChange({ ...value, address: e.target.value })}
        />
        <SelectField
          label={t('platformForm.foundVia')}
          value={value.foundVia}
          onChange={(e) => onChange({ ...value, foundVia: e.target.value as FoundVia | '' })}
        >
          <option value="">{t('platformForm.foundViaUnknown')}</option>
          {FOUND_VIA.map((source) => (
            <option key={source} value={source}>
              {t(`foundVia.${source}`)}
            </option>
          ))}
        </SelectField>
        <CheckboxField
          label={t('platformForm.verified')}
          checked={value.verified}
          onChange={(e) => onChange({ ...value, verified: e.target.checked })}
        />
        <PromisedResponseField value={value.promised} onChange={(promised) => onChange({ ...value, promised })} />
      </div>
      <ContactCheck platformId={platformId} value={value.address} />
    </>
  );
}
