/** Keyboard helpers shared by the global shortcuts and the capture box. */
import type { KeyboardEvent as ReactKeyboardEvent } from 'react';

export const IS_MAC = /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

/** Ctrl on Windows/Linux, ⌘ on macOS. */
export function hasPrimaryModifier(event: KeyboardEvent | ReactKeyboardEvent): boolean {
  return IS_MAC ? event.metaKey : event.ctrlKey;
}

export const PRIMARY_KEY_LABEL = IS_MAC ? '⌘' : 'Ctrl';

/** Typing in a field must never trigger single-key shortcuts like `?`. */
export function isEditableTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag !== 'INPUT') return false;
  const type = (target as HTMLInputElement).type;
  return !['checkbox', 'radio', 'button', 'submit', 'reset', 'file'].includes(type);
}
