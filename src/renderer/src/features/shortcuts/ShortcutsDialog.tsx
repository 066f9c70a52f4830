import { useTranslation } from 'react-i18next';
import { Dialog } from '@renderer/components/Dialog';
import { PRIMARY_KEY_LABEL } from './shortcuts';

/** Every shortcut the app answers to, listed where `?` finds them. */
export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const rows: { keys: string[]; label: string }[] = [
    { keys: ['?'], label: t('shortcuts.showShortcuts') },
    { keys: [PRIMARY_KEY_LABEL, 'N'], label: t('shortcuts.newTicket') },
    { keys: ['Alt', 'N'], label: t('shortcuts.newTicketAlt') },
    { keys: [PRIMARY_KEY_LABEL, 'K'], label: t('shortcutsMore.search') },
    { keys: [PRIMARY_KEY_LABEL, 'I'], label: t('shortcutsMore.importTranscript') },
    { keys: [PRIMARY_KEY_LABEL, 'E'], label: t('dossierExport.shortcut') },
    { keys: [PRIMARY_KEY_LABEL, 'Enter'], label: t('shortcuts.addEntry') },
    { keys: ['Alt', 'A'], label: t('shortcuts.cycleAuthor') },
    { keys: ['Alt', 'R'], label: t('reminders.shortcut') },
    { keys: [PRIMARY_KEY_LABEL, 'Shift', 'A'], label: t('shortcuts.attach') },
    { keys: [PRIMARY_KEY_LABEL, 'V'], label: t('shortcuts.paste') },
    { keys: [PRIMARY_KEY_LABEL, 'V'], label: t('shortcutsMore.pasteText') },
    { keys: [PRIMARY_KEY_LABEL, 'Shift', 'S'], label: t('shortcuts.captureScreen') },
    { keys: [PRIMARY_KEY_LABEL, 'Shift', 'E'], label: t('shortcuts.toggleView') },
    { keys: ['←', '→'], label: t('shortcuts.viewerMove') },
    { keys: [PRIMARY_KEY_LABEL, '+ / − / 0'], label: t('shortcuts.viewerZoom') },
    { keys: [PRIMARY_KEY_LABEL, t('shortcuts.wheel')], label: t('shortcuts.viewerWheel') },
    { keys: ['Esc'], label: t('shortcuts.closeDialog') },
  ];
  return (
    <Dialog title={t('shortcuts.title')} onClose={onClose}>
      <table className="shortcuts-table">
        <tbody>
          {rows.map((row) => (
            <tr key={row.label}>
              <td className="shortcuts-table__keys">
                {row.keys.map((key, i) => (
                  <span key={key}>
                    {i > 0 ? ' + ' : null}
                    <kbd>{key}</kbd>
                  </span>
                ))}
              </td>
              <td>{row.label}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Dialog>
  );
}
