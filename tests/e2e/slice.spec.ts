/**
 * The foundation slice, end to end through the real web-mode server, in English and in Chinese:
 * platform + channel → ticket + transaction → conversation (me, agent, note) → edit with history →
 * evidence → ZIP export, whose checksums `sha256sum -c` must accept.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, sharedFixture, test } from './fixtures';
import { en, zh, type Labels } from './labels';
import { readZip, unpack } from './zip';

const SCREENSHOT = sharedFixture('screenshot-withdrawal-pending.png');
const SCREENSHOT_NAME = 'screenshot-withdrawal-pending.png';

interface SliceTexts {
  title: string;
  mine: string;
  agent: string;
  note: string;
  edited: string;
}

async function addPlatform(page: Page, L: Labels) {
  await page.getByRole('button', { name: L.addFirstPlatform }).click();
  const dialog = page.getByRole('dialog', { name: L.addPlatformDialog });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('textbox', { name: L.platformName }).fill('Nexa Exchange');
  await dialog.getByRole('textbox', { name: L.website }).fill('https://www.nexa.example');
  await dialog.getByRole('textbox', { name: L.officialDomains }).fill('nexa.example, support.nexa.example');
  await dialog.getByRole('combobox', { name: L.channel, exact: true }).selectOption({ label: L.channelEmail });
  await dialog.getByRole('textbox', { name: L.address }).fill('support@nexa.example');
  await dialog.getByRole('combobox', { name: L.whereFound }).selectOption({ label: L.officialWebsite });
  await dialog.getByRole('checkbox', { name: L.verified }).check();
  await dialog.getByRole('button', { name: L.addPlatformSubmit, exact: true }).click();
  await expect(dialog).toBeHidden();
}

async function openTicket(page: Page, L: Labels, title: string) {
  await page.getByRole('button', { name: L.openTicketButton, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: L.openTicketDialog });
  await dialog.getByRole('textbox', { name: L.ticketTitle }).fill(title);
  await dialog.getByRole('combobox', { name: L.category }).selectOption({ label: L.withdrawalDelayed });
  await dialog.getByRole('textbox', { name: L.platformRef }).fill('NX-2024-118823');
  await dialog.getByRole('textbox', { name: L.asset }).fill('BTC');
  await dialog.getByRole('textbox', { name: L.amount }).fill('0.5');
  await dialog.getByRole('textbox', { name: L.network }).fill('Bitcoin');
  await dialog
    .getByRole('textbox', { name: L.txid })
    .fill('4a5e1e4baab89f3a32518a88c31bc87f618f76673e2cc77ab2127b7afdeda33b');
  await dialog.getByRole('button', { name: L.openTicketSubmit }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
}

async function logConversation(page: Page, L: Labels, texts: SliceTexts) {
  const capture = page.getByRole('textbox', { name: L.message, exact: true });
  await expect(page.getByRole('radio', { name: L.me })).toBeChecked();
  await capture.fill(texts.mine);
  await capture.press('ControlOrMeta+Enter');
  await expect(capture).toHaveValue('');

  // Alt+A cycles the author: me → agent.
  await capture.press('Alt+a');
  await expect(page.getByRole('radio', { name: L.agent })).toBeChecked();
  await page.getByRole('textbox', { name: L.agentName }).fill('Lily (ID 2231)');
  await capture.fill(texts.agent);
  await page.getByRole('button', { name: L.addEntry }).click();
  await expect(capture).toHaveValue('');

  await page.getByRole('radio', { name: L.note }).check();
  await expect(page.getByRole('textbox', { name: L.agentName })).toBeHidden();
  await capture.fill(texts.note);
  await capture.press('ControlOrMeta+Enter');
  await expect(capture).toHaveValue('');
}

/** The three entries are on the timeline, in the order they were written (system events may sit between). */
async function expectConversationInOrder(page: Page, L: Labels, texts: string[]) {
  const timeline = page.getByRole('region', { name: L.timeline });
  for (const text of texts) await expect(timeline.getByRole('article').filter({ hasText: text })).toHaveCount(1);
  const all = await timeline.getByRole('article').allTextContents();
  const positions = texts.map((text) => all.findIndex((content) => content.includes(text)));
  expect(positions).toEqual([...positions].sort((a, b) => a - b));
}

async function editFirstEntry(page: Page, L: Labels, original: string, replacement: string) {
  const timeline = page.getByRole('region', { name: L.timeline });
  const entry = timeline.getByRole('article').filter({ hasText: original });
  await entry.hover();
  await entry.getByRole('button', { name: L.edit, exact: true }).click();
  // While editing, the original text lives in a textarea (not in the article's text): find it by role.
  const editor = timeline.getByRole('textbox', { name: L.editEntry });
  await editor.fill(replacement);
  await timeline.getByRole('button', { name: L.saveEdit }).click();
  await expect(editor).toBeHidden();
  const edited = timeline.getByRole('article').filter({ hasText: replacement });
  await edited.getByRole('button', { name: L.edited }).click();
  const history = page.getByRole('dialog', { name: L.historyDialog });
  await expect(history).toContainText(original);
  await expect(history).toContainText(replacement);
  await page.keyboard.press('Escape');
  await expect(history).toBeHidden();
}

async function attachScreenshot(page: Page, L: Labels) {
  await page.getByLabel(L.attachEvidence).setInputFiles(SCREENSHOT);
  const details = page.getByRole('complementary', { name: L.details });
  // The gallery sits below the ticket's facts, clocks and follow-up in the panel, and thumbnails load
  // only once in view: scroll to it as a user would.
  await details.getByRole('region', { name: L.gallery, exact: true }).scrollIntoViewIfNeeded();
  for (const region of [page.getByRole('region', { name: L.timeline }), details]) {
    const image = region.getByRole('img', { name: SCREENSHOT_NAME });
    await expect(image).toBeVisible();
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  }
}

async function exportAndVerify(page: Page, L: Labels, texts: string[]) {
  const work = mkdtempSync(path.join(tmpdir(), 'casefile-export-'));
  try {
    await page.getByRole('button', { name: L.exportDossier }).click();
    const dialog = page.getByRole('dialog', { name: L.exportDialog });
    const downloading = page.waitForEvent('download');
    await dialog.getByRole('button', { name: L.startExport }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/\.zip$/);
    const zipPath = path.join(work, 'export.zip');
    await download.saveAs(zipPath);

    const files = await readZip(zipPath);
    const names = [...files.keys()];
    for (const required of ['dossier.pdf', 'transcript.html', 'transcript.txt', 'transcript.csv', 'manifest.json', 'SHA256SUMS', 'README.txt']) {
      expect(names, `ZIP has ${required}`).toContain(required);
    }
    const evidence = names.filter((name) => /^evidence\/.+\.png$/.test(name));
    expect(evidence).toHaveLength(1);
    expect(files.get(evidence[0]!)!.equals(readFileSync(SCREENSHOT))).toBe(true);

    const transcript = files.get('transcript.txt')!.toString('utf8');
    for (const text of texts) expect(transcript).toContain(text);
    expect(() => JSON.parse(files.get('manifest.json')!.toString('utf8'))).not.toThrow();

    const unpacked = path.join(work, 'unpacked');
    unpack(files, unpacked);
    // Throws (failing the test) unless sha256sum exits 0.
    const output = execFileSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: unpacked, encoding: 'utf8' });
    expect(output).toMatch(/OK/);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

async function runSlice(page: Page, serverUrl: string, L: Labels, texts: SliceTexts) {
  await page.goto(serverUrl);
  // The token leaves the address bar as soon as the app has it.
  await expect(page).not.toHaveURL(/token=/);
  await addPlatform(page, L);
  await openTicket(page, L, texts.title);
  await logConversation(page, L, texts);
  await expectConversationInOrder(page, L, [texts.mine, texts.agent, texts.note]);
  await editFirstEntry(page, L, texts.mine, texts.edited);
  await attachScreenshot(page, L);
  await exportAndVerify(page, L, [texts.edited, texts.agent, texts.note]);
}

test.describe('slice in English', () => {
  test.use({ locale: en.locale });

  test('platform, ticket, conversation, evidence and a verifiable export', async ({ page, serverUrl }) => {
    await runSlice(page, serverUrl, en, {
      title: 'Withdrawal of 0.5 BTC not received',
      mine: 'Hello, my withdrawal of 0.5 BTC from yesterday still has not arrived.',
      agent: 'Thank you for waiting. Your withdrawal is under review by our risk team.',
      note: '我的提现 0.5 BTC 还没到账 / my withdrawal has not arrived',
      edited: 'Hello, my withdrawal of 0.5 BTC (order W-88123) from yesterday still has not arrived.',
    });
  });
});

test.describe('slice in Chinese', () => {
  test.use({ locale: zh.locale });

  test('平台、工单、对话、证据与可校验的导出', async ({ page, serverUrl }) => {
    await runSlice(page, serverUrl, zh, {
      title: '0.5 BTC 提现未到账',
      mine: '你好，我昨天提现的 0.5 BTC 还没有到账。',
      agent: '感谢您的耐心等待，您的提现正在由风控团队审核。',
      note: '我的提现 0.5 BTC 还没到账 / my withdrawal has not arrived',
      edited: '你好，我昨天提现的 0.5 BTC（订单 W-88123）还没有到账。',
    });
  });
});
