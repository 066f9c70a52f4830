const EXTENSIONS: Record<string, string> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'image/bmp': 'bmp',
  'image/avif': 'avif',
};

const two = (n: number) => String(n).padStart(2, '0');

/**
 * The name a pasted image gets: `pasted-2024-03-01-10-15-03.png`, in the user's local time, so a row of
 * pastes sorts by when they happened. Clipboard images usually arrive as "image.png" with no meaning.
 */
export function pastedName(date: Date, mimeType: string, index = 0): string {
  const stamp = [
    date.getFullYear(),
    two(date.getMonth() + 1),
    two(date.getDate()),
    two(date.getHours()),
    two(date.getMinutes()),
    two(date.getSeconds()),
  ].join('-');
  const extension = EXTENSIONS[mimeType.toLowerCase()] ?? 'png';
  return `pasted-${stamp}${index > 0 ? `-${index + 1}` : ''}.${extension}`;
}
