/**
 * The dossier PDF: what the user hands to a regulator, an ombudsman, the police or a lawyer.
 *
 * Cover (complainant, respondent, the dispute) → timeline → full transcript → transactions with explorer
 * links → escalation history → response times → suspected impersonation (when flagged) → evidence index
 * and images → a declaration page to sign. A header with the ticket and export time (UTC) and "Page n of N"
 * on every page. Labels in English, Chinese or both (labels.ts); Chinese text in the embedded Noto Sans SC.
 *
 * Same data, options and exportedAt → the same bytes (see pdfWriter.ts). Redaction masks identifiers in
 * every text the PDF prints (redact.ts); hashes and txids stay whole and evidence files are never touched.
 *
 * Portal mode renders a long transcript as several PDFs: `entrySlice` [start, end) picks the entries of
 * this part. The first part (start 0) is the whole dossier with its share of the transcript and a note
 * where it continues; a later part holds only the continued transcript, with `partLabel` ("Part 2 of 3")
 * on its title and every header.
 */
import type { Evidence } from '../../../../shared/domain';
import type { DossierLanguage } from '../../../../shared/dossier';
import type { CoreContext } from '../../context';
import type { DossierData } from '../dossierData';
import type { MissingReason } from '../evidencePresence';
import { dossierRedactor } from '../redactedData';
import { formatUtc } from '../formatTime';
import { printable } from './printable';
import { checkEvidenceFiles } from './evidenceFiles';
import { Wording } from './labels';
import { COLOR, PdfWriter, SIZE } from './pdfWriter';
import type { SectionContext } from './sections/sectionContext';
import { renderCover } from './sections/cover';
import { renderTimeline } from './sections/timeline';
import { renderTranscript } from './sections/transcript';
import { renderTransactions } from './sections/transactions';
import { renderEscalations } from './sections/escalations';
import { renderMetrics } from './sections/metrics';
import { renderImpersonation } from './sections/impersonation';
import { renderEvidence } from './sections/evidence';
import { renderDeclaration } from './sections/declaration';

export interface PdfOptions {
  language: DossierLanguage;
  redact: boolean;
  exportedAt: Date;
  /** 'none': the index lists every file but no picture is embedded (the smallest PDF). */
  images: 'embed' | 'none';
  /** Upper bound on the pixels of each embedded image (default 4 megapixels). */
  imageMaxPixels?: number;
  /** Set: every embedded image is a JPEG of this quality (1–100); unset: photos JPEG 85, screenshots PNG. */
  jpegQuality?: number;
  /** [start, end) of the entries this part's transcript holds (portal mode); unset: all. */
  entrySlice?: [number, number];
  /** "Part 2 of 3", printed on the title and in every page header. */
  partLabel?: string;
  /**
   * Evidence found missing or changed when the export began (evidencePresence.ts), and left out of it:
   * listed as MISSING or ALTERED without looking again, so the PDF says the same as the ZIP around it.
   */
  missingEvidence?: ReadonlyMap<number, MissingReason>;
}

export async function renderDossierPdf(ctx: CoreContext, data: DossierData, options: PdfOptions): Promise<Buffer> {
  const wording = new Wording(options.language);
  // The same redactor the redacted transcripts use, so the PDF and the transcripts mask the same things.
  const redact = options.redact ? dossierRedactor(data) : (text: string) => text;
  const exportedUtc = formatUtc(options.exportedAt.toISOString());
  const w = new PdfWriter(wording, redact, {
    title: `${wording.label('docTitle')} #${data.ticket.id}${options.partLabel ? ` (${options.partLabel})` : ''}`,
    subject: printable(redact(data.ticket.title)),
    creator: `Casefile ${ctx.appVersion}`,
    at: options.exportedAt,
  });

  const evidenceLabel = new Map(data.evidence.map((item, index) => [item.id, `E${index + 1}`]));
  const evidenceByEntry = new Map<number, Evidence[]>();
  for (const item of data.evidence) {
    if (item.entryId === null) continue;
    const list = evidenceByEntry.get(item.entryId) ?? [];
    list.push(item);
    evidenceByEntry.set(item.entryId, list);
  }
  const continuation = options.entrySlice !== undefined && options.entrySlice[0] > 0;
  const evidenceState = continuation
    ? new Map()
    : await checkEvidenceFiles(ctx, data.evidence, {
        known: options.missingEvidence ?? new Map(),
        hashImages: options.images === 'embed',
      });
  const section: SectionContext = { core: ctx, w, data, options, evidenceLabel, evidenceState, evidenceByEntry };

  if (continuation) {
    w.title(wording.label('docContinued'));
    w.paragraph(data.ticket.title, { size: SIZE.subheading, bold: true });
    if (options.partLabel) w.paragraph(options.partLabel, { color: COLOR.muted, verbatim: true });
    renderTranscript(section);
  } else {
    renderCover(section);
    renderTimeline(section);
    renderTranscript(section);
    renderTransactions(section);
    renderEscalations(section);
    renderMetrics(section);
    renderImpersonation(section);
    await renderEvidence(section);
    renderDeclaration(section);
  }

  // Short, so the part label still fits in a bilingual header: "Ticket / 工单 #12 · exported / 导出于 … UTC".
  const header = [
    'Casefile',
    `${wording.label('headerTicket')} #${data.ticket.id}`,
    `${wording.label('headerExported')} ${exportedUtc}`,
    options.partLabel ?? '',
  ]
    .filter(Boolean)
    .join(' · ');
  w.stampPages(header);
  return w.finish();
}

