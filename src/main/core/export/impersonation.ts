/**
 * The dossier's "suspected impersonation" section: the contacts and messages the guard flagged, which is
 * what the police want to see first when a fake "support agent" is involved. Empty when nothing was flagged.
 */
import type { Channel, Entry, GuardReason } from '../../../shared/domain';
import type { DossierData } from './dossierData';

export interface SuspectedImpersonation {
  contacts: { channel: Channel; reasons: GuardReason[] }[];
  messages: { entry: Entry; flags: Entry['flags'] }[];
}

export function suspectedImpersonation(data: DossierData): SuspectedImpersonation {
  return {
    contacts: data.platform.channels
      .filter((channel) => channel.state === 'suspicious')
      .map((channel) => ({ channel, reasons: channel.stateReasons })),
    messages: data.entries.filter((entry) => entry.flags.length > 0).map((entry) => ({ entry, flags: entry.flags })),
  };
}

export function hasSuspicions(section: SuspectedImpersonation): boolean {
  return section.contacts.length > 0 || section.messages.length > 0;
}

/** Both languages, English first: the recipient may read either. */
export function bilingual(reason: GuardReason): string {
  return `${reason.text.en} / ${reason.text['zh-CN']}`;
}
