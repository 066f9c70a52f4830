/**
 * Plain text with some ranges marked: search snippets come with [start, end) offsets, rendered as <mark>
 * elements (never as HTML, so whatever the text holds stays text).
 */
export function highlightSegments(text: string, ranges: readonly (readonly [number, number])[]): { text: string; marked: boolean }[] {
  const clean = ranges
    .map(([start, end]) => [Math.max(0, Math.min(start, text.length)), Math.max(0, Math.min(end, text.length))] as const)
    .filter(([start, end]) => end > start)
    .sort((a, b) => a[0] - b[0]);
  const segments: { text: string; marked: boolean }[] = [];
  let at = 0;
  for (const [start, end] of clean) {
    if (end <= at) continue;
    const from = Math.max(start, at);
    if (from > at) segments.push({ text: text.slice(at, from), marked: false });
    segments.push({ text: text.slice(from, end), marked: true });
    at = end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), marked: false });
  return segments;
}

export function HighlightedText({ text, ranges, className }: { text: string; ranges: readonly (readonly [number, number])[]; className?: string }) {
  return (
    <span className={className}>
      {highlightSegments(text, ranges).map((segment, i) =>
        segment.marked ? <mark key={i}>{segment.text}</mark> : <span key={i}>{segment.text}</span>,
      )}
    </span>
  );
}
