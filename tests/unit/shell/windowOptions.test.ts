/**
 * The main window's hardening flags (Electron's security checklist), checked on the pure options function
 * so no Electron binary is needed.
 */
import { describe, expect, it, vi } from 'vitest';
import { mainWindowOptions } from '../../../src/main/security/windowOptions';

// The module under test may only import Electron's types; loading the runtime would fail here.
vi.mock('electron', () => {
  throw new Error('the electron runtime module must not be loaded by windowOptions.ts');
});

describe('mainWindowOptions', () => {
  const options = mainWindowOptions('/opt/casefile/out/preload/index.cjs');
  const prefs = options.webPreferences!;

  it('passes the preload path through unchanged', () => {
    expect(prefs.preload).toBe('/opt/casefile/out/preload/index.cjs');
  });

  it('isolates and sandboxes the page', () => {
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
  });

  it('gives Node to no page, worker or subframe', () => {
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
  });

  it('keeps web security on and refuses <webview>, insecure content and experimental features', () => {
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.experimentalFeatures).toBe(false);
    expect(prefs.navigateOnDragDrop).toBe(false);
  });

  it('sets flags explicitly rather than relying on defaults that change between Electron versions', () => {
    for (const key of [
      'contextIsolation',
      'sandbox',
      'nodeIntegration',
      'nodeIntegrationInWorker',
      'nodeIntegrationInSubFrames',
      'webSecurity',
      'webviewTag',
      'allowRunningInsecureContent',
    ] as const) {
      expect(prefs, key).toHaveProperty(key);
    }
  });

  it('returns a fresh object per call, so one window cannot change the next one', () => {
    const a = mainWindowOptions('a');
    const b = mainWindowOptions('b');
    expect(a.webPreferences).not.toBe(b.webPreferences);
    expect(b.webPreferences!.preload).toBe('b');
  });
});
