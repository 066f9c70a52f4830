/**
 * The type of a file from its first bytes, never from its name: a PDF renamed .png is still a PDF.
 * Covers what users keep as evidence (screenshots, PDFs, recordings, mail, archives); anything else is
 * application/octet-stream.
 */
export interface DetectedType {
  mime: string;
  /** Extensions that honestly name this type, the usual one first. */
  extensions: string[];
}

/** How many leading bytes detection needs. */
export const SNIFF_BYTES = 4100;

const OCTET: DetectedType = { mime: 'application/octet-stream', extensions: [] };

type Rule = { test: (b: Buffer) => boolean; type: DetectedType };

const startsWith = (bytes: number[], offset = 0) => (b: Buffer) =>
  b.length >= offset + bytes.length && bytes.every((v, i) => b[offset + i] === v);
const ascii = (text: string, offset = 0) => startsWith([...Buffer.from(text, 'latin1')], offset);

const RULES: Rule[] = [
  { test: startsWith([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), type: { mime: 'image/png', extensions: ['png'] } },
  { test: startsWith([0xff, 0xd8, 0xff]), type: { mime: 'image/jpeg', extensions: ['jpg', 'jpeg', 'jfif'] } },
  { test: ascii('GIF87a'), type: { mime: 'image/gif', extensions: ['gif'] } },
  { test: ascii('GIF89a'), type: { mime: 'image/gif', extensions: ['gif'] } },
  { test: (b) => ascii('RIFF')(b) && ascii('WEBP', 8)(b), type: { mime: 'image/webp', extensions: ['webp'] } },
  { test: (b) => ascii('RIFF')(b) && ascii('WAVE', 8)(b), type: { mime: 'audio/wav', extensions: ['wav'] } },
  // "BM" alone starts plenty of text ("BMW…"): also require the header's reserved bytes to be zero.
  { test: (b) => ascii('BM')(b) && b.length >= 14 && b.readUInt32LE(6) === 0, type: { mime: 'image/bmp', extensions: ['bmp'] } },
  { test: ascii('%PDF-'), type: { mime: 'application/pdf', extensions: ['pdf'] } },
  { test: (b) => ascii('ftyp', 4)(b) && (ascii('qt  ', 8)(b)), type: { mime: 'video/quicktime', extensions: ['mov'] } },
  { test: (b) => ascii('ftyp', 4)(b) && (ascii('heic', 8)(b) || ascii('heix', 8)(b) || ascii('mif1', 8)(b)), type: { mime: 'image/heic', extensions: ['heic', 'heif'] } },
  { test: ascii('ftyp', 4), type: { mime: 'video/mp4', extensions: ['mp4', 'm4v', 'm4a', 'mov'] } },
  { test: startsWith([0x1a, 0x45, 0xdf, 0xa3]), type: { mime: 'video/webm', extensions: ['webm', 'mkv'] } },
  { test: ascii('OggS'), type: { mime: 'audio/ogg', extensions: ['ogg', 'oga', 'opus'] } },
  { test: (b) => ascii('ID3')(b) || startsWith([0xff, 0xfb])(b), type: { mime: 'audio/mpeg', extensions: ['mp3'] } },
  { test: startsWith([0x50, 0x4b, 0x03, 0x04]), type: { mime: 'application/zip', extensions: ['zip', 'docx', 'xlsx', 'pptx', 'odt', 'ods'] } },
  { test: startsWith([0x1f, 0x8b]), type: { mime: 'application/gzip', extensions: ['gz', 'tgz'] } },
  { test: ascii('MZ'), type: { mime: 'application/x-msdownload', extensions: ['exe', 'dll'] } },
  { test: startsWith([0x7f, 0x45, 0x4c, 0x46]), type: { mime: 'application/x-executable', extensions: [] } },
];

export function detectType(head: Buffer): DetectedType {
  for (const rule of RULES) if (rule.test(head)) return rule.type;
  return detectText(head) ?? OCTET;
}

/** Text formats are told apart by content: SVG and HTML can carry scripts, so they must be recognised. */
function detectText(head: Buffer): DetectedType | null {
  if (head.length === 0 || head.includes(0)) return null;
  const text = head.toString('utf8');
  // A replacement character means the bytes were not UTF-8 (allow one at the cut-off end of the sample).
  if (text.slice(0, -4).includes('\uFFFD')) return null;
  const start = text.replace(/^\uFEFF/, '').trimStart().slice(0, 1024).toLowerCase();
  if (/<svg[\s>]/.test(start) || (start.startsWith('<?xml') && start.includes('<svg'))) {
    return { mime: 'image/svg+xml', extensions: ['svg'] };
  }
  if (/^<!doctype html|^<html[\s>]|<head[\s>]|<body[\s>]|<script[\s>]/.test(start)) {
    return { mime: 'text/html', extensions: ['html', 'htm'] };
  }
  if (/^(from |received:|return-path:|message-id:|mime-version:|date:|subject:)/m.test(start.slice(0, 200))) {
    return { mime: 'message/rfc822', extensions: ['eml', 'txt'] };
  }
  if (start.startsWith('{') || start.startsWith('[')) return { mime: 'application/json', extensions: ['json', 'txt'] };
  return { mime: 'text/plain', extensions: ['txt', 'log', 'csv', 'md', 'text'] };
}

/** True when the name has an extension and it is not one of the detected type's. */
export function extensionMismatch(name: string, type: DetectedType): boolean {
  const match = /\.([A-Za-z0-9]{1,10})$/.exec(name);
  if (!match) return false;
  if (type.extensions.length === 0) return type.mime !== 'application/octet-stream';
  return !type.extensions.includes(match[1]!.toLowerCase());
}

/** Types a viewer may show inline; everything else (SVG, HTML, executables…) is only offered as a download. */
export const INLINE_SAFE_TYPES = new Set([
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
  'image/bmp',
  'application/pdf',
  'video/mp4',
  'video/webm',
  'audio/mpeg',
  'audio/ogg',
  'audio/wav',
  'text/plain',
]);
