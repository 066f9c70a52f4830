/** Characters no file system accepts in a name, control characters included. */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f<>:"/\\|?*]+/g;
const MAX_CHARACTERS = 80;

/**
 * A file name for a saved letter, from its subject: unsafe characters become spaces, the length is cut
 * by characters (never inside a Chinese character or an emoji), and names Windows reserves are avoided.
 */
export function letterFileName(subject: string, fallback = 'letter'): string {
  const cleaned = subject.replace(UNSAFE, ' ').replace(/\s+/g, ' ').trim().replace(/^[.\s]+|[.\s]+$/g, '');
  const cut = Array.from(cleaned).slice(0, MAX_CHARACTERS).join('').trim().replace(/[.\s]+$/g, '');
  const base = cut || fallback;
  const reserved = /^(con|prn|aux|nul|com\d|lpt\d)$/i.test(base);
  return `${reserved ? `${base}_` : base}.txt`;
}
