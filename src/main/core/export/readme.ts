/** README.txt of an export: how the recipient checks that nothing was changed, in English and Chinese. */
import type { DossierData } from './dossierData';

export function readmeText(data: DossierData, exportedAt: string): string {
  return `Casefile dossier / 维权档案
Ticket / 工单: #${data.ticket.id} ${data.ticket.title}
Platform / 平台: ${data.platform.name}
Exported at / 导出时间: ${exportedAt}

== English ==
This archive was exported by Casefile, an app that keeps a record of a dispute with a crypto
exchange's customer support. It contains:
  transcript.html / transcript.txt  the conversation, with times in the local time zone and UTC
  evidence/                         the original files, unchanged
  manifest.json                     every file with its size and SHA-256 hash, and the fingerprint
                                    of the app's audit trail at export time
  SHA256SUMS                        the same hashes in the format of the sha256sum tool

To check that no file was changed since export, unpack the archive and run in its folder:
  sha256sum -c SHA256SUMS          (Linux, or macOS with coreutils; macOS: shasum -a 256 -c SHA256SUMS)
Every line must end in "OK". On Windows: Get-FileHash -Algorithm SHA256 <file> and compare.

== 中文 ==
本压缩包由“维权档案”(Casefile) 导出，记录了与加密货币交易所客服之间的纠纷。内容包括：
  transcript.html / transcript.txt  对话记录，时间同时以当地时区和 UTC 表示
  evidence/                         原始证据文件，未经任何修改
  manifest.json                     每个文件的大小和 SHA-256 哈希值，以及导出时审计记录的指纹
  SHA256SUMS                        同样的哈希值，格式可直接用于 sha256sum 工具

如需核实导出后文件未被篡改，请解压后在该文件夹中运行：
  sha256sum -c SHA256SUMS          (Linux；macOS 可用 shasum -a 256 -c SHA256SUMS)
每一行都应以 "OK" 结尾。Windows 用户可使用 Get-FileHash -Algorithm SHA256 <文件> 逐一比对。
`;
}
