import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { AddPlatformDialog } from '@renderer/features/platforms/AddPlatformDialog';
import { PlatformDetailsDialog } from '@renderer/features/platforms/PlatformDetailsDialog';
import { ProfileDialog } from '@renderer/features/profile/ProfileDialog';
import { ShortcutsDialog } from '@renderer/features/shortcuts/ShortcutsDialog';
import { NewTicketDialog } from '@renderer/features/tickets/NewTicketDialog';
import { VaultDialog } from '@renderer/features/vault/VaultDialog';
import { VerifyDialog } from '@renderer/features/verify/VerifyDialog';

/** The app-wide dialogs, opened from the sidebar, the home screen or a shortcut. One at a time. */
export type AppDialog =
  | { name: 'addPlatform' }
  | { name: 'newTicket' }
  | { name: 'shortcuts' }
  | { name: 'vault' }
  | { name: 'profile' }
  | { name: 'verifyDossier' }
  | { name: 'platform'; platformId: number };

interface DialogControls {
  openDialog: (dialog: AppDialog) => void;
  closeDialog: () => void;
  isOpen: boolean;
}

const DialogContext = createContext<DialogControls | null>(null);

export function DialogProvider({ children }: { children: ReactNode }) {
  const [dialog, setDialog] = useState<AppDialog | null>(null);
  const closeDialog = useCallback(() => setDialog(null), []);
  const controls = useMemo(() => ({ openDialog: setDialog, closeDialog, isOpen: dialog !== null }), [closeDialog, dialog]);

  return (
    <DialogContext.Provider value={controls}>
      {children}
      {dialog?.name === 'addPlatform' ? <AddPlatformDialog onClose={closeDialog} /> : null}
      {dialog?.name === 'newTicket' ? (
        <NewTicketDialog onClose={closeDialog} onNeedPlatform={() => setDialog({ name: 'addPlatform' })} />
      ) : null}
      {dialog?.name === 'shortcuts' ? <ShortcutsDialog onClose={closeDialog} /> : null}
      {dialog?.name === 'vault' ? <VaultDialog onClose={closeDialog} /> : null}
      {dialog?.name === 'profile' ? <ProfileDialog onClose={closeDialog} /> : null}
      {dialog?.name === 'verifyDossier' ? <VerifyDialog onClose={closeDialog} /> : null}
      {dialog?.name === 'platform' ? (
        <PlatformDetailsDialog platformId={dialog.platformId} onClose={closeDialog} />
      ) : null}
    </DialogContext.Provider>
  );
}

export function useDialogs(): DialogControls {
  const controls = useContext(DialogContext);
  if (!controls) throw new Error('useDialogs outside DialogProvider');
  return controls;
}
