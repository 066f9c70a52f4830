/**
 * Size, not speed: a 100,000-line WhatsApp export must parse (a quadratic step would not finish). No
 * timing assertion. Measured on the development machine (Node 20, 2 busy cores), in Asia/Shanghai:
 * these 100,000 lines (5.4 MB, 80,000 messages) in ~0.7 s; a generated 200 MB export (1.95 M messages)
 * in ~34 s with 2.2 GB resident — linear, and dominated by holding every message for the preview.
 */
import { describe, expect, it } from 'vitest';
import { parseTranscript } from '../../../src/main/core/import';

function generateWhatsApp(lines: number): string {
  const out: string[] = [];
  let day = new Date(Date.UTC(2023, 0, 1));
  for (let i = 0; out.length < lines; i++) {
    if (i % 500 === 499) day = new Date(day.getTime() + 86_400_000);
    const date = `${day.getUTCMonth() + 1}/${day.getUTCDate()}/${String(day.getUTCFullYear()).slice(2)}`;
    const hour = (i % 12) + 1;
    const sender = i % 3 === 0 ? 'Kraken Support' : 'Alex Chen';
    out.push(`${date}, ${hour}:${String(i % 60).padStart(2, '0')} ${i % 2 ? 'PM' : 'AM'} - ${sender}: message ${i} 你好 🙂`);
    if (i % 4 === 0) out.push(`continuation of ${i}: TXID 0x${i.toString(16).padStart(8, '0')}`);
  }
  return out.slice(0, lines).join('\n') + '\n';
}

describe('a large export', () => {
  it('parses 100,000 lines', async () => {
    const text = generateWhatsApp(100_000);
    const bytes = new TextEncoder().encode(text);
    const started = performance.now();
    const r = await parseTranscript(bytes, 'big.txt', { timeZone: 'Asia/Shanghai' });
    const ms = performance.now() - started;
    expect(r.format).toBe('whatsapp');
    expect(r.messages.length).toBe(80_000);
    expect(r.warnings).toEqual([]);
    expect(new Set(r.messages.map((m) => m.key)).size).toBe(80_000);
    console.info(`parsed ${bytes.length} bytes, ${r.messages.length} messages in ${ms.toFixed(0)} ms`);
  });
});
