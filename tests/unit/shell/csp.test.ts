/**
 * The Content-Security-Policy both shells send, and the one the renderer's index.html carries: no eval,
 * no inline code, no remote origin, no plugins, no framing. The one scheme beyond blob:/data: is the
 * desktop's own casefile-evidence:, a local scheme answered by the main process from the vault.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../src/main/security/csp';
import { EVIDENCE_SCHEME } from '../../../src/main/desktop/evidenceScheme';

type Policy = Map<string, string[]>;

function parsePolicy(text: string): Policy {
  const policy: Policy = new Map();
  for (const part of text.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (!name) continue;
    // As browsers do: the first occurrence of a directive wins.
    if (!policy.has(name.toLowerCase())) policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

/** The sources that apply to a fetch directive, falling back to default-src as browsers do. */
const effective = (policy: Policy, directive: string): string[] | undefined =>
  policy.get(directive) ?? policy.get('default-src');

const REMOTE = /^(https?:|wss?:|\*|[a-z0-9.-]+\.[a-z]{2,}(:\d+)?(\/|$)|\*\.)/i;

function expectStrict(text: string): void {
  expect(text).not.toMatch(/unsafe-eval/i);
  expect(text).not.toMatch(/unsafe-inline/i);
  expect(text).not.toMatch(/unsafe-hashes/i);
  expect(text).not.toMatch(/wasm-unsafe-eval/i);
  expect(text).not.toMatch(/https?:\/\//i);

  const policy = parsePolicy(text);
  expect(policy.get('default-src'), 'default-src').toEqual(["'self'"]);
  expect(effective(policy, 'script-src'), 'script-src').toEqual(["'self'"]);
  for (const [directive, sources] of policy) {
    for (const source of sources) expect(source, `${directive} ${source}`).not.toMatch(REMOTE);
  }
  // Nothing the page connects to, loads scripts from or embeds may be remote, not even via default-src.
  for (const directive of ['connect-src', 'script-src', 'style-src', 'font-src', 'img-src', 'media-src', 'frame-src']) {
    for (const source of effective(policy, directive) ?? []) expect(source, directive).not.toMatch(REMOTE);
  }
}

describe('CONTENT_SECURITY_POLICY', () => {
  const policy = parsePolicy(CONTENT_SECURITY_POLICY);

  it('allows no eval, no inline code and no remote origin; scripts only from the app itself', () => {
    expectStrict(CONTENT_SECURITY_POLICY);
  });

  it("refuses plugins and framing, and pins base and form targets", () => {
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('form-action')).toEqual(["'none'"]);
  });

  it('lets images and media come only from the app, blob:, (images) data: and the local evidence scheme', () => {
    expect(policy.get('img-src')).toEqual(["'self'", 'blob:', 'data:', 'casefile-evidence:']);
    expect(policy.get('media-src')).toEqual(["'self'", 'blob:', 'casefile-evidence:']);
  });

  it('names no scheme but the local ones: blob:, data: and casefile-evidence: (served by the main process)', () => {
    const schemes = [...policy.values()].flat().filter((source) => /^[a-z][a-z0-9+.-]*:$/i.test(source));
    expect(new Set(schemes)).toEqual(new Set(['blob:', 'data:', 'casefile-evidence:']));
    expect(EVIDENCE_SCHEME).toBe('casefile-evidence');
    // Only where evidence is shown: no script, style, font, frame or connection may come from it.
    for (const directive of ['default-src', 'script-src', 'style-src', 'font-src', 'connect-src', 'object-src', 'frame-src']) {
      expect(policy.get(directive) ?? [], directive).not.toContain('casefile-evidence:');
    }
  });

  it('is a single header value (no newlines, no duplicated directives)', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/[\r\n]/);
    const names = CONTENT_SECURITY_POLICY.split(';').map((p) => p.trim().split(/\s+/)[0]);
    expect(new Set(names).size).toBe(names.length);
  });
});

const indexHtml = fileURLToPath(new URL('../../../src/renderer/index.html', import.meta.url));

describe.skipIf(!existsSync(indexHtml))('src/renderer/index.html CSP meta', () => {
  const html = existsSync(indexHtml) ? readFileSync(indexHtml, 'utf8') : '';
  const metas = [...html.matchAll(/<meta\b[^>]*http-equiv\s*=\s*["']?Content-Security-Policy["']?[^>]*>/gi)].map(
    (m) => m[0],
  );

  it('carries exactly one CSP meta', () => {
    expect(metas).toHaveLength(1);
  });

  it('is at least as strict as the header: no unsafe-eval/inline, no remote origin', () => {
    const content = /content\s*=\s*("([^"]*)"|'([^']*)')/i.exec(metas[0] ?? '');
    expect(content, 'content attribute').not.toBeNull();
    expectStrict((content![2] ?? content![3])!);
  });

  it('allows nothing the header does not (frame-ancestors aside: a meta cannot carry it)', () => {
    const content = /content\s*=\s*("([^"]*)"|'([^']*)')/i.exec(metas[0] ?? '');
    const meta = parsePolicy((content![2] ?? content![3])!);
    const header = parsePolicy(CONTENT_SECURITY_POLICY);
    for (const directive of header.keys()) {
      if (directive === 'frame-ancestors') continue;
      const allowed = effective(header, directive) ?? [];
      const given = effective(meta, directive);
      expect(given, `${directive} missing from the meta (no default-src either)`).toBeDefined();
      for (const source of given!) expect(allowed, `${directive} ${source}`).toContain(source);
    }
  });

  it('loads no remote script or stylesheet and has no inline script', () => {
    expect(html).not.toMatch(/<script\b[^>]*\bsrc\s*=\s*["']?(https?:)?\/\//i);
    expect(html).not.toMatch(/<link\b[^>]*\bhref\s*=\s*["']?(https?:)?\/\//i);
    // A <script> with a body is inline code; only <script type="module" src=…></script> is allowed.
    for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
      expect(match[1], 'script tag').toMatch(/\bsrc\s*=/i);
      expect(match[2]!.trim(), 'inline script body').toBe('');
    }
  });
});
