import { useTranslation } from 'react-i18next';
import type { Profile } from '@shared/dossier';
import { Dialog } from '@renderer/components/Dialog';
import { ErrorMessage } from '@renderer/components/ErrorMessage';
import { Icon } from '@renderer/components/Icon';
import { ProfileForm } from './ProfileForm';
import { useProfile } from './queries';

interface ProfileDialogProps {
  onClose: () => void;
  /** After saving: the export dialog's "fill in my profile" returns to the export straight away. */
  onSaved?: (profile: Profile) => void;
}

/** "My profile": who is complaining, for the dossier's cover. Says plainly where it is kept. */
export function ProfileDialog({ onClose, onSaved }: ProfileDialogProps) {
  const { t } = useTranslation();
  const profile = useProfile();

  return (
    <Dialog title={t('myProfile.title')} onClose={onClose} size="wide">
      <div className="profile">
        <p className="profile__intro">{t('myProfile.intro')}</p>
        <p className="profile__privacy muted small">
          <Icon name="shield" /> {t('myProfile.privacy')}
        </p>
        <ErrorMessage error={profile.error} />
        {profile.isPending ? <p className="muted">{t('common.loading')}</p> : null}
        {profile.data ? <ProfileForm profile={profile.data} onSaved={onSaved} /> : null}
      </div>
    </Dialog>
  );
}
