import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FOUND_VIA, type FoundVia, type Platform } from '@shared/domain';
import { ErrorMessage } from '@renderer/components/ErrorMessage';
import { Icon } from '@renderer/components/Icon';
import { ChannelFields, channelInput, emptyChannel, type ChannelDraft } from '@renderer/features/platforms/ChannelFields';
import { useAddChannel } from '@renderer/features/platforms/queries';
import { useForgetGuardAnswers } from './queries';
import { useReasonText } from './reasons';
import { PlatformDetailsForm } from './PlatformDetailsForm';
import { VerdictBadge } from './VerdictBadge';

/**
 * The article's four routes to a platform's real support, a form to record a channel found on one of
 * them (checked live against the official domains), a form to correct the official domains (the guard's
 * verdicts depend on them), and the channels recorded so far with the guard's
 * verdict. "Channels offered" counts official channels only.
 */
export function FindSupportPanel({ platform }: { platform: Platform }) {
  const { t } = useTranslation();
  const reasonText = useReasonText();
  const addChannel = useAddChannel();
  const forgetGuardAnswers = useForgetGuardAnswers();
  const [channel, setChannel] = useState<ChannelDraft>(emptyChannel);
  const [added, setAdded] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const official = platform.channels.filter((c) => c.state === 'official').length;

  const recordFrom = (route: FoundVia) => {
    setChannel((c) => ({ ...c, foundVia: route }));
    setAdded(false);
    const form = formRef.current;
    form?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
    form?.querySelector<HTMLInputElement>('input[type="text"], input:not([type])')?.focus({ preventScroll: true });
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = channelInput(channel);
    if (!input) return;
    addChannel.mutate(
      { platformId: platform.id, ...input },
      {
        onSuccess: () => {
          setChannel(emptyChannel);
          setAdded(true);
          forgetGuardAnswers();
        },
      },
    );
  };

  return (
    <section className="find-support" aria-labelledby={`find-support-${platform.id}`}>
      <h3 id={`find-support-${platform.id}`} className="find-support__title">
        <Icon name="shield" size={18} />
        {t('guard.support.title')}
      </h3>
      <p className="find-support__intro">{t('guard.support.intro')}</p>

      <dl className="facts find-support__facts">
        <dt>{t('guard.support.website')}</dt>
        <dd className="break-anywhere">{platform.website ?? t('common.none')}</dd>
        <dt>{t('guard.support.domains')}</dt>
        <dd>
          {platform.officialDomains.length ? (
            <span className="find-support__domains">
              {platform.officialDomains.map((d) => (
                <code key={d} className="find-support__domain">
                  {d}
                </code>
              ))}
            </span>
          ) : (
            t('guard.support.domainsNone')
          )}
        </dd>
        <dt>{t('guard.support.offered')}</dt>
        <dd>
          <strong className="find-support__offered">{official}</strong>{' '}
          <span className="muted small">{t('guard.support.offeredHint')}</span>
        </dd>
      </dl>

      <PlatformDetailsForm key={platform.id} platform={platform} />

      <ol className="find-support__routes" aria-label={t('guard.support.routesLabel')}>
        {FOUND_VIA.map((route, i) => (
          <li key={route} className="find-support__route" aria-labelledby={`route-${platform.id}-${route}`}>
            <span className="find-support__step" aria-hidden="true">
              {i + 1}
            </span>
            <div className="find-support__route-body">
              <h4 id={`route-${platform.id}-${route}`} className="find-support__route-title">
                <span className="visually-hidden">{t('guard.support.step', { n: i + 1 })}: </span>
                {t(`guard.support.routes.${route}.title`)}
              </h4>
              <p className="find-support__route-text">{t(`guard.support.routes.${route}.text`)}</p>
              <button
                type="button"
                className="link-button find-support__record"
                aria-describedby={`route-${platform.id}-${route}`}
                onClick={() => recordFrom(route)}
              >
                {t('guard.support.recordHere')}
              </button>
            </div>
          </li>
        ))}
      </ol>

      <h4 className="section-title">{t('guard.support.channels')}</h4>
      {platform.channels.length === 0 ? <p className="muted">{t('guard.support.noChannels')}</p> : null}
      <ul className="guard-channels">
        {platform.channels.map((c) => (
          <li key={c.id} className={`guard-channels__item guard-channels__item--${c.state}`}>
            <div className="guard-channels__head">
              <span className="guard-channels__kind">{t(`channelKind.${c.kind}`)}</span>
              <span className="guard-channels__address break-anywhere">{c.address}</span>
              <VerdictBadge verdict={c.state} />
            </div>
            {c.foundVia || c.verified ? (
              <p className="guard-channels__meta muted small">
                {c.foundVia ? t('guard.support.foundVia', { source: t(`foundVia.${c.foundVia}`) }) : null}
                {c.foundVia && c.verified ? ' · ' : null}
                {c.verified ? t('guard.support.markedVerified') : null}
              </p>
            ) : null}
            {c.stateReasons.length > 0 ? (
              <ul className="guard-reasons guard-reasons--compact">
                {c.stateReasons.map((reason, i) => (
                  <li key={`${reason.code}-${i}`}>{reasonText(reason)}</li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>

      <form ref={formRef} className="form find-support__form" aria-label={t('guard.support.formLegend')} onSubmit={submit}>
        <fieldset className="fieldset">
          <legend>{t('guard.support.formLegend')}</legend>
          <ChannelFields
            value={channel}
            onChange={(next) => {
              setChannel(next);
              setAdded(false);
            }}
            addressRequired
            platformId={platform.id}
          />
        </fieldset>
        <ErrorMessage error={addChannel.error} />
        <div className="form__actions">
          <span className="muted small" role="status">
            {added ? t('guard.support.added') : null}
          </span>
          <button type="submit" className="button button--primary" disabled={addChannel.isPending}>
            {addChannel.isPending ? t('common.saving') : t('guard.support.add')}
          </button>
        </div>
      </form>
    </section>
  );
}
