import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '@renderer/components/Dialog';
import { ErrorMessage } from '@renderer/components/ErrorMessage';
import { ChannelFields, channelInput, emptyChannel, type ChannelDraft } from './ChannelFields';
import { useAddChannel, usePlatforms } from './queries';

/** A platform's facts and its support channels, with a form to add one more channel. */
export function PlatformDetailsDialog({ platformId, onClose }: { platformId: number; onClose: () => void }) {
  const { t } = useTranslation();
  const platforms = usePlatforms();
  const addChannel = useAddChannel();
  const [channel, setChannel] = useState<ChannelDraft>(emptyChannel);
  const platform = platforms.data?.find((p) => p.id === platformId);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = channelInput(channel);
    if (!input) return;
    addChannel.mutate({ platformId, ...input }, { onSuccess: () => setChannel(emptyChannel) });
  };

  return (
    <Dialog title={platform?.name ?? t('common.loading')} onClose={onClose} size="wide">
      <ErrorMessage error={platforms.error} />
      {platform ? (
        <>
          <dl className="facts">
            <dt>{t('platformDetails.website')}</dt>
            <dd className="break-anywhere">{platform.website ?? t('common.none')}</dd>
            <dt>{t('platformDetails.officialDomains')}</dt>
            <dd>{platform.officialDomains.length ? platform.officialDomains.join(', ') : t('common.none')}</dd>
          </dl>
          <h3 className="section-title">{t('platformDetails.channels')}</h3>
          {platform.channels.length === 0 ? <p className="muted">{t('platformDetails.noChannels')}</p> : null}
          <ul className="channel-list">
            {platform.channels.map((c) => (
              <li key={c.id} className="channel-list__item">
                <span className="channel-list__kind">{t(`channelKind.${c.kind}`)}</span>
                <span className="channel-list__address break-anywhere">{c.address}</span>
                <span className={`badge ${c.verified ? 'badge--ok' : 'badge--warn'}`}>
                  {c.verified ? t('platformDetails.verified') : t('platformDetails.unverified')}
                </span>
                {c.foundVia ? (
                  <span className="muted">
                    {t('platformDetails.foundVia', { source: t(`foundVia.${c.foundVia}`) })}
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
          <form className="form" onSubmit={submit}>
            <fieldset className="fieldset">
              <legend>{t('platformDetails.addChannel')}</legend>
              <ChannelFields value={channel} onChange={setChannel} addressRequired />
            </fieldset>
            <ErrorMessage error={addChannel.error} />
            <div className="form__actions">
              <button type="submit" className="button button--primary" disabled={addChannel.isPending}>
                {addChannel.isPending ? t('common.saving') : t('platformDetails.addChannel')}
              </button>
            </div>
          </form>
        </>
      ) : null}
    </Dialog>
  );
}
