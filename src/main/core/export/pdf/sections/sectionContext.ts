/** What every section of the dossier PDF is given besides the writer and the data. */
import type { Entry, Evidence } from '../../../../../shared/domain';
import type { CoreContext } from '../../../context';
import type { DossierData } from '../../dossierData';
import type { EvidenceState } from '../evidenceFiles';
import type { PdfOptions } from '../renderDossierPdf';
import type { PdfWriter } from '../pdfWriter';
import { formatInZone, formatUtc } from '../../formatTime';

export interface SectionContext {
  core: CoreContext;
  w: PdfWriter;
  data: DossierData;
  options: PdfOptions;
  /** "E1", "E2"… in the evidence index's order, used wherever an item is referred to. */
  evidenceLabel: Map<number, string>;
  evidenceState: Map<number, EvidenceState>;
  /** Evidence attached to each entry. */
  evidenceByEntry: Map<number, Evidence[]>;
}

/** "2024-03-01 10:00:00 Asia/Shanghai (2024-03-01 02:00:00 UTC)": where it happened, and a time every reader shares. */
export function localAndUtc(instant: string, timeZone: string): string {
  if (timeZone === 'UTC' || timeZone === 'Etc/UTC') return formatUtc(instant);
  return `${safeInZone(instant, timeZone)} ${timeZone} (${formatUtc(instant)})`;
}

export function entryTime(entry: Entry): string {
  return localAndUtc(entry.occurredAt, entry.timeZone);
}

/** A zone the store accepted once but this runtime does not know must not fail the export: fall back to UTC. */
function safeInZone(instant: string, timeZone: string): string {
  try {
    return formatInZone(instant, timeZone);
  } catch {
    return formatUtc(instant);
  }
}

export function utc(instant: string): string {
  return formatUtc(instant);
}
