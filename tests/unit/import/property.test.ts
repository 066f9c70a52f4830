/**
 * Random input: parsing never throws anything but an ImportError, and for the text formats every line of
 * every message is a piece of the input (nothing invented), while generated transcripts come back whole.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ImportError, parseTranscript, type ParseResult } from '../../../src/main/core/import';

const RUNS = Number(process.env.CASEFILE_PROPERTY_RUNS) || 300;

async function parseOrImportError(bytes: Uint8Array, name: string): Promise<ParseResult | ImportError> {
  try {
    return await parseTranscript(bytes, name, { timeZone: 'Europe/Berlin' });
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
}

const NAMES = ['chat.txt', 'result.json', 'mail.eml', 'data.csv', 'x'];
const enc = new TextEncoder();

/** Each line of each message's text occurs in the input as written (line breaks normalised). */
function expectNoInventedText(result: ParseResult | ImportError, input: string): void {
  if (result instanceof ImportError) return;
  if (result.format !== 'whatsapp' && result.format !== 'livechat') return;
  const normalized = input.replace(/\r\n?/g, '\n');
  for (const m of result.messages) for (const line of m.text.split('\n')) expect(normalized).toContain(line);
}

const textish = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.array(
    fc.oneof(
      fc.constantFrom('3/14/24, 9:02 AM - ', '[14/03/2024, 09:02:11] ', '客服 Anna 14:03', '我 14:02', '2024年7月8日', '<Media omitted>', '\u200E', '\u202F', ': ', '\r\n', '\n', '\r', '{', '"messages":', 'From: a@b.c', '2/30/24, 9:00 AM - A: x', 'مرحبا', '🙂'),
      fc.string({ maxLength: 20 }),
    ),
    { maxLength: 40 },
  ).map((parts) => parts.join('')),
);

describe('random input', () => {
  it('never throws anything but an ImportError, and never invents text', async () => {
    await fc.assert(
      fc.asyncProperty(textish, fc.constantFrom(...NAMES), async (text, name) => {
        const result = await parseOrImportError(enc.encode(text), name);
        expectNoInventedText(result, text);
      }),
      { numRuns: RUNS },
    );
  });

  it('never throws anything but an ImportError on random bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), fc.constantFrom(...NAMES), async (bytes, name) => {
        await parseOrImportError(bytes, name);
      }),
      { numRuns: RUNS },
    );
  });
});

const lineText = fc
  .string({ unit: 'grapheme', minLength: 1, maxLength: 40 })
  .filter((s) => !/[\r\n\u2028\u2029\u0085]/.test(s) && s.trim() !== '' && s.trim() === s);
const name = fc.constantFrom('Alex Chen', 'Kraken Support', '客服 Anna', 'Ana', '王芳');

describe('generated transcripts come back whole', () => {
  it('WhatsApp: every message, its sender and its lines', async () => {
    const message = fc.record({ sender: name, lines: fc.array(lineText, { minLength: 1, maxLength: 3 }), minute: fc.integer({ min: 0, max: 59 }) });
    await fc.assert(
      fc.asyncProperty(fc.array(message, { minLength: 1, maxLength: 15 }), fc.constantFrom('\n', '\r\n'), async (messages, eol) => {
        // Continuation lines that look like a header would start a new message: keep them apart.
        fc.pre(messages.every((m) => m.lines.every((l, i) => i === 0 || !/^[\d[\u200E\u200F]/.test(l))));
        const text = messages.map((m) => `3/14/24, 9:${String(m.minute).padStart(2, '0')} AM - ${m.sender}: ${m.lines.join(eol)}`).join(eol) + eol;
        const r = await parseTranscript(enc.encode(text), 'chat.txt', { timeZone: 'UTC' });
        expect(r.format).toBe('whatsapp');
        expect(r.messages.map((m) => [m.sender, m.text])).toEqual(messages.map((m) => [m.sender, m.lines.join('\n')]));
        expectNoInventedText(r, text);
      }),
      { numRuns: RUNS },
    );
  });

  it('live chat: every message, its sender and its lines', async () => {
    const message = fc.record({ sender: name, lines: fc.array(lineText, { minLength: 1, maxLength: 3 }) });
    await fc.assert(
      fc.asyncProperty(fc.array(message, { minLength: 1, maxLength: 15 }), async (messages) => {
        const text = ['2024年7月8日', ...messages.flatMap((m, i) => [`${m.sender} 14:${String(10 + i).padStart(2, '0')}`, ...m.lines])].join('\n');
        const r = await parseTranscript(enc.encode(text), 'paste.txt', { timeZone: 'UTC', format: 'livechat' });
        // A text line that itself reads as "name + time" starts a new message; that is the format's nature.
        fc.pre(r.messages.length === messages.length);
        expect(r.messages.map((m) => [m.sender, m.text])).toEqual(messages.map((m) => [m.sender, m.lines.join('\n')]));
        expectNoInventedText(r, text);
      }),
      { numRuns: RUNS },
    );
  });
});
