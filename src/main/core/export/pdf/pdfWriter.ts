/**
 * The dossier's page furniture over pdfkit: headings, label/value rows, paragraphs, hashes, images, and
 * the header and page numbers stamped on every page at the end (pages are buffered so "of N" is known).
 *
 * Every piece of user text goes through one place (`clean`): the redactor when the export is redacted,
 * then `printable`, so no section can forget to mask an identifier or feed pdfkit a control character.
 * Only what must stay exact (hashes, txids, explorer URLs) is written `verbatim`, skipping the redactor.
 *
 * One font throughout (Noto Sans SC has Latin too): hashes in Courier sat on a different baseline than
 * their labels, and one embedded family keeps the file smaller.
 *
 * Determinism: pdfkit derives the file /ID from the info dictionary, so CreationDate and ModDate are the
 * export time (never "now"); the embedded font subset is named from its id, images are labelled in order,
 * and deflate is deterministic, so the same input gives the same bytes.
 */
import PDFDocument from 'pdfkit';
import { fontBytes } from './fonts';
import { printable } from './printable';
import type { Wording } from './labels';

const MARGIN = { top: 66, bottom: 58, left: 56, right: 56 };
const FONT = { regular: 'NotoSansSC', bold: 'NotoSansSC-Bold' } as const;
export const SIZE = { title: 20, heading: 14, subheading: 11, body: 9.5, small: 8, tiny: 7.5 } as const;
export const COLOR = { text: '#1d2430', muted: '#5b6577', accent: '#1f4e8c', warn: '#a4262c', rule: '#c9d0db', me: '#1f5fa8', agent: '#2f6b3a' } as const;
/** Labels are "English / 中文" in a bilingual dossier: give them room so they rarely wrap. */
const LABEL_WIDTH = { en: 150, 'zh-CN': 130, both: 200 } as const;
const GAP = 4;
/** Noto Sans SC's ascender (1160 units per em): where pdfkit puts the baseline below a line's top. */
const ASCENT = 1.16;
/** Room above a heading that does not start a page, so a section reads as a new one. */
const HEADING_SPACE = 10;
/** Pixels are drawn at 96 dpi at most (0.75 pt each): small screenshots are not blown up into a blur. */
const POINTS_PER_PIXEL = 0.75;

export interface TextStyle {
  size?: number;
  color?: string;
  bold?: boolean;
  indent?: number;
  /** Skip the redactor: hashes, txids and URLs must stay exact. */
  verbatim?: boolean;
  link?: string;
  gap?: number;
}

export class PdfWriter {
  readonly doc: PDFKit.PDFDocument;
  readonly left = MARGIN.left;
  readonly width: number;
  private readonly chunks: Buffer[] = [];

  constructor(
    readonly wording: Wording,
    private readonly redact: (text: string) => string,
    info: { title: string; subject: string; creator: string; at: Date },
  ) {
    this.doc = new PDFDocument({
      size: 'A4',
      margins: MARGIN,
      bufferPages: true,
      autoFirstPage: true,
      lang: wording.language === 'en' ? 'en' : 'zh-CN',
      displayTitle: true,
      info: {
        Title: info.title,
        Subject: info.subject,
        Creator: info.creator,
        Producer: 'Casefile (PDFKit)',
        CreationDate: info.at,
        ModDate: info.at,
      },
    });
    // Collect output as pdfkit writes it (images are written as soon as they are placed).
    this.doc.on('data', (chunk: Buffer) => this.chunks.push(chunk));
    this.doc.registerFont(FONT.regular, fontBytes('regular'));
    this.doc.registerFont(FONT.bold, fontBytes('bold'));
    this.width = this.doc.page.width - MARGIN.left - MARGIN.right;
    this.style({});
  }

  /** User text as it will be printed: masked when redacting, made safe for layout. */
  clean(text: string, verbatim = false): string {
    return printable(verbatim ? text : this.redact(text));
  }

  get remaining(): number {
    return this.doc.page.height - MARGIN.bottom - this.doc.y;
  }

  newPage(): void {
    this.doc.addPage();
  }

  /** Starts a new page unless `height` points fit below the current position. */
  ensureSpace(height: number): void {
    if (this.remaining < height) this.newPage();
  }

  title(text: string): void {
    this.write(text, { size: SIZE.title, bold: true, color: COLOR.accent, gap: 6, verbatim: true });
  }

  /** A section heading with a bookmark in the PDF's outline; starts a page when less than 100 pt are left. */
  heading(text: string, options: { newPage?: boolean } = {}): void {
    if (options.newPage && this.doc.y > MARGIN.top + 1) this.newPage();
    else this.ensureSpace(100 + HEADING_SPACE);
    if (this.doc.y > MARGIN.top + 1) this.space(HEADING_SPACE);
    this.doc.outline.addItem(text);
    this.write(text, { size: SIZE.heading, bold: true, color: COLOR.accent, gap: 2, verbatim: true });
    this.rule();
  }

  /** `keepWith`: the points of what follows that must fit on the same page (a block of fields read together). */
  subheading(text: string, verbatim = true, keepWith = 30): void {
    this.ensureSpace(18 + keepWith);
    this.doc.moveDown(0.3);
    this.write(text, { size: SIZE.subheading, bold: true, color: COLOR.text, gap: 3, verbatim });
  }

  paragraph(text: string, style: TextStyle = {}): void {
    this.write(text, style);
  }

  /** Our own sentences (from the label table): never redacted, one paragraph per language. */
  sentences(paragraphs: string[], style: TextStyle = {}): void {
    for (const p of paragraphs) this.write(p, { color: COLOR.muted, size: SIZE.small, ...style, verbatim: true });
  }

  /**
   * "Label   value" in two columns; a missing value prints "not given" so an empty field is visibly empty.
   * A value too tall for what is left of the page starts a new page; one taller than a page is printed
   * below its label instead, so pdfkit can flow it across pages.
   */
  field(label: string, value: string | null, style: TextStyle = {}): void {
    const given = value !== null && value.trim() !== '';
    const text = given ? this.clean(value, style.verbatim) : this.wording.label('notGiven');
    const valueStyle: TextStyle = given ? style : { ...style, color: COLOR.muted, link: undefined };
    const labelWidth = LABEL_WIDTH[this.wording.language];
    const valueX = this.left + labelWidth + 8;
    const valueWidth = this.width - labelWidth - 8;

    this.style({ size: SIZE.small, bold: true });
    const labelHeight = this.doc.heightOfString(label, { width: labelWidth });
    this.style(valueStyle);
    const valueHeight = this.doc.heightOfString(text, { width: valueWidth });
    const height = Math.max(labelHeight, valueHeight);
    const pageHeight = this.doc.page.height - MARGIN.top - MARGIN.bottom;

    // One long token (a txid, an address, a URL) that would be cut mid-way in the value column gets the
    // full width below its label instead, so it reads (and copies) in one piece.
    const oneLongToken = !/\s/.test(text) && this.doc.widthOfString(text) > valueWidth;
    if (height > pageHeight * 0.8 || oneLongToken) {
      this.ensureSpace(Math.min(height, 60) + 12);
      this.write(label, { size: SIZE.small, bold: true, color: COLOR.muted, verbatim: true, gap: 1 });
      this.write(text, { ...valueStyle, verbatim: true, indent: 12 });
      return;
    }
    this.ensureSpace(height + GAP);
    const y = this.doc.y;
    // The label is smaller than the value: lowered so both first lines share one baseline.
    const labelDrop = Math.max(0, ((valueStyle.size ?? SIZE.body) - SIZE.small) * ASCENT);
    this.style({ size: SIZE.small, bold: true, color: COLOR.muted });
    this.doc.text(label, this.left, y + labelDrop, { width: labelWidth });
    const labelBottom = this.doc.y;
    this.style(valueStyle);
    this.doc.text(text, valueX, y, { width: valueWidth, link: valueStyle.link ?? undefined, underline: false });
    this.doc.y = Math.max(labelBottom, this.doc.y) + GAP;
    this.doc.x = this.left;
  }

  /** A label above a long value (a summary, an answer), flowing across pages. */
  block(label: string, value: string | null, style: TextStyle = {}): void {
    this.ensureSpace(40);
    this.write(label, { size: SIZE.small, bold: true, color: COLOR.muted, verbatim: true, gap: 1 });
    if (value === null || value.trim() === '') this.write(this.wording.label('notGiven'), { color: COLOR.muted, verbatim: true, indent: 12 });
    else this.write(value, { ...style, indent: 12 });
  }

  rule(): void {
    const y = this.doc.y + 1;
    this.doc.moveTo(this.left, y).lineTo(this.left + this.width, y).lineWidth(0.5).strokeColor(COLOR.rule).stroke();
    this.doc.y = y + 6;
  }

  space(points = 6): void {
    this.doc.y += points;
  }

  /**
   * An image scaled to fit the text width and at most `maxHeight` points, never above 96 dpi; the caption
   * lines (a few, see sections/evidence.ts) are written first and kept on the same page as the image, which
   * is made smaller if need be rather than pushed past the page's bottom edge.
   */
  image(bytes: Buffer, pixels: { width: number; height: number }, captions: { text: string; style?: TextStyle }[], maxHeight: number): void {
    let captionHeight = 0;
    for (const { text, style } of captions) {
      this.style({ size: SIZE.small, ...style });
      captionHeight += this.doc.heightOfString(this.clean(text, style?.verbatim), { width: this.width, lineGap: 1.5, paragraphGap: 2 });
    }
    const pageHeight = this.doc.page.height - MARGIN.top - MARGIN.bottom;
    const fits = Math.max(60, Math.min(maxHeight, pageHeight - captionHeight - 16));
    const scale = Math.min(this.width / pixels.width, fits / pixels.height, POINTS_PER_PIXEL);
    const w = pixels.width * scale;
    const h = pixels.height * scale;
    this.ensureSpace(captionHeight + h + 14);
    for (const { text, style } of captions) this.write(text, { size: SIZE.small, ...style, gap: 2 });
    const y = this.doc.y + 2;
    this.doc.image(bytes, this.left, y, { width: w, height: h });
    this.doc.rect(this.left, y, w, h).lineWidth(0.5).strokeColor(COLOR.rule).stroke();
    this.doc.x = this.left;
    this.doc.y = y + h + 12;
  }

  /** Header (ticket, export time, part) and "Page n of N" on every page, once the content is laid out. */
  stampPages(header: string): void {
    const { start, count } = this.doc.bufferedPageRange();
    for (let i = start; i < start + count; i++) {
      this.doc.switchToPage(i);
      // Writing inside the margins would otherwise make pdfkit start a new page.
      const margins = this.doc.page.margins;
      const saved = margins.bottom;
      margins.bottom = 0;
      this.style({ size: SIZE.tiny, color: COLOR.muted });
      // Up to two lines (a long part label), cut with an ellipsis beyond that.
      this.doc.text(header, this.left, 26, { width: this.width, height: 20, ellipsis: true });
      this.doc
        .moveTo(this.left, 48)
        .lineTo(this.left + this.width, 48)
        .lineWidth(0.5)
        .strokeColor(COLOR.rule)
        .stroke();
      this.style({ size: SIZE.tiny, color: COLOR.muted });
      const label = this.wording.label('page', { n: i + 1, total: count });
      this.doc.text(label, this.left, this.doc.page.height - 38, { width: this.width, align: 'center', lineBreak: false });
      margins.bottom = saved;
    }
  }

  /** Ends the document and collects its bytes. */
  async finish(): Promise<Buffer> {
    const done = new Promise<Buffer>((resolve, reject) => {
      this.doc.on('end', () => resolve(Buffer.concat(this.chunks)));
      this.doc.on('error', reject);
    });
    this.doc.end();
    return done;
  }

  private write(text: string, style: TextStyle): void {
    const shown = this.clean(text, style.verbatim);
    this.style(style);
    const indent = style.indent ?? 0;
    this.doc.text(shown, this.left + indent, this.doc.y, {
      width: this.width - indent,
      link: style.link ?? undefined,
      paragraphGap: style.gap ?? GAP,
      lineGap: 1.5,
    });
    this.doc.x = this.left;
  }

  private style(style: TextStyle): void {
    this.doc
      .font(style.bold ? FONT.bold : FONT.regular)
      .fontSize(style.size ?? SIZE.body)
      .fillColor(style.color ?? COLOR.text);
  }
}
