/** How a venue's upload limits read: "4 MB", "JPEG, PDF". */

/** MIME types as people know them: "image/jpeg" → "JPEG". */
export function fileTypeName(type: string): string {
  const known: Record<string, string> = {
    'image/jpeg': 'JPEG',
    'image/jpg': 'JPEG',
    'image/png': 'PNG',
    'application/pdf': 'PDF',
    'image/gif': 'GIF',
    'text/plain': 'TXT',
  };
  return known[type.toLowerCase()] ?? type.replace(/^.*\//, '').replace(/^\./, '').toUpperCase();
}

/**
 * Sizes as the venue states them: forms give limits in decimal megabytes ("4 MB" = 4,000,000 bytes), so
 * 1024-based units would print "3.8 MB" for the SFC's 4 MB and contradict the venue's own text.
 */
export function formatLimitBytes(bytes: number, language: string): string {
  const units: [number, string][] = [
    [1e9, 'GB'],
    [1e6, 'MB'],
    [1e3, 'KB'],
  ];
  const number = new Intl.NumberFormat(language, { maximumFractionDigits: 1 });
  for (const [size, unit] of units) if (bytes >= size) return `${number.format(bytes / size)} ${unit}`;
  return `${number.format(bytes)} B`;
}
