import type { Evidence } from '@shared/domain';
import { fileKind, type FileKind } from './fileKind';

export type KindFilter = 'all' | FileKind;
export const KIND_FILTERS: readonly KindFilter[] = ['all', 'image', 'pdf', 'video', 'audio', 'text', 'other'];

/** Items whose name, description or tags contain `text` (any case), of the chosen kind. */
export function filterEvidence(items: readonly Evidence[], text: string, kind: KindFilter): readonly Evidence[] {
  const needle = text.trim().toLocaleLowerCase();
  if (!needle && kind === 'all') return items;
  return items.filter((item) => {
    if (kind !== 'all' && fileKind(item.mimeType) !== kind) return false;
    if (!needle) return true;
    return (
      item.originalName.toLocaleLowerCase().includes(needle) ||
      (item.description ?? '').toLocaleLowerCase().includes(needle) ||
      (item.tags ?? []).some((tag) => tag.toLocaleLowerCase().includes(needle))
    );
  });
}
