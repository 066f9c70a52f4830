import { useTranslation } from 'react-i18next';
import { useDialogs } from '@renderer/app/dialogs';
import { Icon } from '@renderer/components/Icon';

/** On the overview: a reminder that the vault can be checked, one click away. */
export function VaultHomeCard() {
  const { t } = useTranslation();
  const { openDialog } = useDialogs();
  return (
    <section className="home-card" aria-labelledby="vault-home-title">
      <Icon name="shieldCheck" className="home-card__icon" />
      <div className="home-card__text">
        <h2 id="vault-home-title" className="home-card__title">
          {t('vault.homeTitle')}
        </h2>
        <p className="muted small">{t('vault.homeIntro')}</p>
      </div>
      <button type="button" className="button" onClick={() => openDialog({ name: 'vault' })}>
        {t('vault.homeAction')}
      </button>
    </section>
  );
}
