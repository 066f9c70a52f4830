/** README.txt of an export: what is in it and how the recipient checks that nothing was changed, in English and Chinese. */
import type { Evidence } from '../../../shared/domain';
import type { DossierData } from './dossierData';
import type { MissingReason } from './evidencePresence';

export interface ReadmeFacts {
  exportedAt: string;
  redacted: boolean;
  /** Evidence left out (its file missing from the vault, or changed), with the archive name it would have had. */
  missing: { item: Evidence; path: string; reason: MissingReason }[];
}

const WHY: Record<MissingReason, { en: string; zh: string }> = {
  missing: { en: 'missing from the vault', zh: '证据库中缺失' },
  altered: { en: 'changed since it was added', zh: '添加后被改动' },
};

export function readmeText(data: DossierData, facts: ReadmeFacts): string {
  const list = (language: 'en' | 'zh') =>
    facts.missing.map(({ item, path, reason }) => `  ${path}  sha256 ${item.sha256}  (${WHY[reason][language]})`).join('\n');
  const missingEn = facts.missing.length
    ? `\nMISSING EVIDENCE: ${facts.missing.length} evidence item(s) were recorded in Casefile but are NOT in evidence/:
when this dossier was exported, their file was missing from Casefile's vault, or was no longer the file
that was added (its size had changed). They are listed in manifest.json ("missingEvidence", with the
reason), marked in the transcripts and in dossier.pdf:
${list('en')}
`
    : '';
  const missingZh = facts.missing.length
    ? `\n缺失的证据：有 ${facts.missing.length} 项证据在 Casefile 中有记录，但未包含在 evidence/ 中：导出时其文件不在证据库中，
或已不是添加时的文件（大小已改变）。它们列在 manifest.json 的 "missingEvidence" 中（附原因），并在对话记录和 dossier.pdf 中标注：
${list('zh')}
`
    : '';
  const redactedEn = facts.redacted
    ? `\nREDACTED: e-mail addresses, phone numbers, the platform account UID and the middle of wallet addresses
are masked in dossier.pdf and the transcripts. The files in evidence/ are the unaltered originals and
are NOT masked. manifest.json says so under "redaction".
`
    : '';
  const redactedZh = facts.redacted
    ? `\n已脱敏：dossier.pdf 和对话记录中的电子邮箱、电话号码、平台账户 UID 以及钱包地址的中间部分已被遮盖。
evidence/ 中的文件是未经修改的原件，没有遮盖。manifest.json 的 "redaction" 一项对此有说明。
`
    : '';

  return `Casefile dossier / 维权档案
Ticket / 工单: #${data.ticket.id} ${data.ticket.title}
Platform / 平台: ${data.platform.name}
Exported at / 导出时间: ${facts.exportedAt}

== English ==
This archive was exported by Casefile, an app that keeps a record of a dispute with a crypto
exchange's customer support. It contains:
  dossier.pdf                       the complaint dossier: cover, timeline, transcript, evidence index
  transcript.html / .txt / .csv     the conversation, with times in the local time zone and UTC
                                    (the .csv opens in Excel; cells that looked like formulas start with ')
  evidence/                         the original files, unchanged
  manifest.json                     every file with its size and SHA-256 hash, the app version, the export
                                    time, and the fingerprint of the app's audit trail at export time
  SHA256SUMS                        the same hashes in the format of the sha256sum tool
${missingEn}${redactedEn}
HOW TO CHECK THAT NOTHING WAS CHANGED SINCE EXPORT
1. Unpack the archive and run in its folder:
     sha256sum -c SHA256SUMS           (Linux; macOS: shasum -a 256 -c SHA256SUMS)
   Every line must end in "OK". On Windows (PowerShell), compare each file's
     Get-FileHash -Algorithm SHA256 <file>
   with its line in SHA256SUMS.
2. Or, with Casefile's source code: npm run verify -- path/to/this.zip
   (or "Verify a dossier" in the app). It checks every file against manifest.json and SHA256SUMS
   and says "intact", or lists each changed, missing or extra file.
SHA256SUMS also holds the hash of manifest.json, so the manifest cannot be edited unnoticed either.

THE AUDIT FINGERPRINT
Casefile records every change to the case (entries added or edited, evidence added or removed) in an
audit trail where each event's SHA-256 covers the previous one. "auditTrail.fingerprint" in
manifest.json is the hash of the latest event when this dossier was exported. If the user later shows
the same case in Casefile, the trail must still contain an event with this hash: a record rewritten
after the export would not.

== 中文 ==
本压缩包由“维权档案”(Casefile) 导出，记录了与加密货币交易所客服之间的纠纷。内容包括：
  dossier.pdf                       投诉档案：封面、时间线、对话记录、证据索引
  transcript.html / .txt / .csv     对话记录，时间同时以当地时区和 UTC 表示
                                    （.csv 可用 Excel 打开；看起来像公式的单元格以 ' 开头）
  evidence/                         原始证据文件，未经任何修改
  manifest.json                     每个文件的大小和 SHA-256 哈希值、应用版本、导出时间，以及导出时审计记录的指纹
  SHA256SUMS                        同样的哈希值，格式可直接用于 sha256sum 工具
${missingZh}${redactedZh}
如何核实导出后文件未被篡改
1. 解压后在该文件夹中运行：
     sha256sum -c SHA256SUMS           (Linux；macOS 可用 shasum -a 256 -c SHA256SUMS)
   每一行都应以 "OK" 结尾。Windows 用户可在 PowerShell 中运行
     Get-FileHash -Algorithm SHA256 <文件>
   并与 SHA256SUMS 中对应的行逐一比对。
2. 或者使用 Casefile 源代码运行：npm run verify -- 压缩包路径.zip
   （或在应用中使用“核验档案”）。它会将每个文件与 manifest.json 和 SHA256SUMS 比对，
   结果为“完好”(intact)，或列出每个被修改、缺失或多出的文件。
SHA256SUMS 中也包含 manifest.json 自身的哈希值，因此清单本身被修改也会被发现。

审计指纹
Casefile 将案件的每一次变更（添加或编辑记录、添加或删除证据）记入审计记录，每条记录的 SHA-256
都涵盖前一条记录。manifest.json 中的 "auditTrail.fingerprint" 是导出时最新一条记录的哈希值。
日后用户在 Casefile 中再次展示同一案件时，审计记录中必须仍包含具有该哈希值的记录；导出后被改写的记录则不会包含。
`;
}
