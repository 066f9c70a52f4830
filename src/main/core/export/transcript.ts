/**
 * The readable transcript of a ticket, as plain text and as a self-contained HTML page (no scripts, no
 * remote content), with labels in English and Chinese so any recipient can read it.
 */
import type { Author, Entry, Evidence } from '../../../shared/domain';
import type { DossierData } from './dossierData';
import type { MissingReason } from './evidencePresence';
import { formatInZone, formatUtc } from './formatTime';
import { bilingual, hasSuspicions, suspectedImpersonation } from './impersonation';

export const AUTHOR_LABEL: Record<Author, string> = {
  me: 'Me / 我',
  agent: 'Agent / 客服',
  system: 'System / 系统',
  note: 'Note / 备注',
};

export type MissingMarks = ReadonlyMap<number, MissingReason>;

function speaker(entry: Entry): string {
  const label = AUTHOR_LABEL[entry.author];
  return entry.author === 'agent' && entry.agentName ? `${label} (${entry.agentName})` : label;
}

function when(entry: Entry): string {
  return `${formatInZone(entry.occurredAt, entry.timeZone)} ${entry.timeZone} (${formatUtc(entry.occurredAt)})`;
}

function evidenceFor(entry: Entry, evidence: Evidence[]): Evidence[] {
  return evidence.filter((e) => e.entryId === entry.id);
}

/** How an item left out of the archive is marked: a missing file and a changed one call for different action. */
export const MISSING_MARK: Record<MissingReason, string> = {
  missing: 'MISSING from the vault at export time, not included / 导出时证据文件缺失，未包含',
  altered: 'CHANGED in the vault since it was added (its size differs), not included / 证据库中的文件添加后被改动（大小不符），未包含',
};

/**
 * `missing`: evidence whose file was not in the vault when the export began, or was no longer the
 * original (evidencePresence.ts); it is listed, marked with the reason, and not linked (the archive does
 * not contain it).
 */
export function transcriptText(data: DossierData, evidenceNames: Map<number, string>, missing: MissingMarks = new Map()): string {
  const { ticket, platform, entries, evidence } = data;
  const lines = [
    `Casefile transcript / 维权档案对话记录`,
    `Ticket / 工单: #${ticket.id} ${ticket.title}`,
    `Platform / 平台: ${platform.name}`,
    `Platform references / 平台工单号: ${ticket.platformRefs.join(', ') || '-'}`,
    `Status / 状态: ${ticket.status}    Category / 类别: ${ticket.category}`,
    '',
    'Transactions / 交易:',
    ...(ticket.transactions.length
      ? ticket.transactions.map(
          (t) => `  ${t.amount} ${t.asset}${t.network ? ` (${t.network})` : ''}${t.txid ? ` txid ${t.txid}` : ''}`,
        )
      : ['  -']),
    '',
    'Conversation / 对话:',
  ];
  for (const entry of entries) {
    lines.push('', `[${when(entry)}] ${speaker(entry)}${entry.channel ? ` via ${entry.channel}` : ''}`);
    if (entry.call) lines.push(`  Phone call / 电话: ${entry.call.number ?? '-'} ${entry.call.durationSec ?? '?'} s`);
    lines.push(...entry.text.split(/\r?\n/).map((l) => `  ${l}`));
    if (entry.revision > 1) lines.push(`  (edited, revision ${entry.revision} / 已编辑)`);
    for (const item of evidenceFor(entry, evidence)) {
      const name = evidenceNames.get(item.id) ?? item.originalName;
      const mark = missing.get(item.id);
      lines.push(`  Evidence / 证据: ${name}${mark ? ` (${MISSING_MARK[mark]})` : ''}`);
    }
  }
  const suspicions = suspectedImpersonation(data);
  if (hasSuspicions(suspicions)) {
    lines.push('', 'Suspected impersonation / 疑似冒充客服:');
    for (const { channel, reasons } of suspicions.contacts) {
      lines.push(`  Contact / 联系方式: ${channel.kind} ${channel.address}`);
      for (const reason of reasons) lines.push(`    - ${bilingual(reason)}`);
    }
    for (const { entry, flags } of suspicions.messages) {
      lines.push(`  Message / 消息 [${when(entry)}] ${speaker(entry)}`);
      for (const flag of flags) lines.push(`    - "${flag.excerpt}": ${bilingual(flag.reason)}`);
    }
  }
  lines.push('', 'Evidence / 证据:');
  for (const item of evidence) {
    lines.push(`  ${evidenceNames.get(item.id)}  ${item.size} bytes  ${item.mimeType}  sha256 ${item.sha256}`);
    const mark = missing.get(item.id);
    if (mark) lines.push(`    ${MISSING_MARK[mark]}`);
  }
  return lines.join('\n') + '\n';
}

export function transcriptHtml(data: DossierData, evidenceNames: Map<number, string>, missing: MissingMarks = new Map()): string {
  const { ticket, platform, entries, evidence } = data;
  const link = (item: Evidence): string => {
    const name = evidenceNames.get(item.id) ?? item.originalName;
    const mark = missing.get(item.id);
    return mark
      ? `${esc(name)} <strong>(${esc(MISSING_MARK[mark])})</strong>`
      : `<a href="${esc(href(name))}">${esc(name)}</a>`;
  };
  const rows = entries
    .map((entry) => {
      const attached = evidenceFor(entry, evidence)
        .map((item) => `<li>Evidence / 证据: ${link(item)}</li>`)
        .join('');
      return `<article class="entry ${entry.author}">
  <header><strong>${esc(speaker(entry))}</strong> <time datetime="${esc(entry.occurredAt)}">${esc(when(entry))}</time>${
    entry.channel ? ` · ${esc(entry.channel)}` : ''
  }${entry.revision > 1 ? ` · edited (rev. ${entry.revision}) / 已编辑` : ''}</header>
  <p dir="auto">${esc(entry.text).replace(/\r?\n/g, '<br>')}</p>${attached ? `\n  <ul>${attached}</ul>` : ''}
</article>`;
    })
    .join('\n');
  const evidenceRows = evidence
    .map((item) => {
      return `<tr><td>${link(item)}</td><td>${item.size}</td><td>${esc(
        item.mimeType,
      )}</td><td><code>${item.sha256}</code></td></tr>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src 'self'">
<title>${esc(`Casefile #${ticket.id} ${ticket.title}`)}</title>
<style>
body{font-family:"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1d2430}
.entry{border:1px solid #d5dae3;border-radius:8px;padding:.5rem .8rem;margin:.6rem 0}
.entry.me{margin-left:4rem;background:#eef5ff}.entry.agent{margin-right:4rem}.entry.note,.entry.system{background:#f6f6f2}
header{font-size:.9rem;color:#4a5568}table{border-collapse:collapse;width:100%}td,th{border:1px solid #d5dae3;padding:.3rem;font-size:.85rem;text-align:left}code{word-break:break-all}
</style>
</head>
<body>
<h1>${esc(ticket.title)}</h1>
<dl>
<dt>Ticket / 工单</dt><dd>#${ticket.id}</dd>
<dt>Platform / 平台</dt><dd>${esc(platform.name)}</dd>
<dt>Platform references / 平台工单号</dt><dd>${esc(ticket.platformRefs.join(', ') || '-')}</dd>
<dt>Status / 状态</dt><dd>${esc(ticket.status)}</dd>
</dl>
<h2>Transactions / 交易</h2>
<ul>${ticket.transactions
    .map((t) => `<li>${esc(`${t.amount} ${t.asset}`)}${t.network ? ` (${esc(t.network)})` : ''}${t.txid ? ` txid <code>${esc(t.txid)}</code>` : ''}</li>`)
    .join('')}</ul>
<h2>Conversation / 对话</h2>
${rows}
${impersonationHtml(data)}<h2>Evidence / 证据</h2>
<table><thead><tr><th>File / 文件</th><th>Bytes / 字节</th><th>Type / 类型</th><th>SHA-256</th></tr></thead>
<tbody>
${evidenceRows}
</tbody></table>
</body>
</html>
`;
}

function impersonationHtml(data: DossierData): string {
  const suspicions = suspectedImpersonation(data);
  if (!hasSuspicions(suspicions)) return '';
  const contacts = suspicions.contacts
    .map(
      ({ channel, reasons }) =>
        `<li><code>${esc(channel.address)}</code> (${esc(channel.kind)})<ul>${reasons
          .map((r) => `<li>${esc(bilingual(r))}</li>`)
          .join('')}</ul></li>`,
    )
    .join('');
  const messages = suspicions.messages
    .map(
      ({ entry, flags }) =>
        `<li>${esc(speaker(entry))}, <time datetime="${esc(entry.occurredAt)}">${esc(when(entry))}</time><ul>${flags
          .map((f) => `<li><mark>${esc(f.excerpt)}</mark>: ${esc(bilingual(f.reason))}</li>`)
          .join('')}</ul></li>`,
    )
    .join('');
  return `<h2>Suspected impersonation / 疑似冒充客服</h2>
${contacts ? `<h3>Contacts / 联系方式</h3><ul>${contacts}</ul>` : ''}
${messages ? `<h3>Messages / 消息</h3><ul>${messages}</ul>` : ''}
`;
}

/** A relative link to an archive path: each segment fully encoded, so "#" or "?" in a name is not a fragment or query. */
function href(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

function esc(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
