/** PORTAL-README.txt: what each file of a portal export is, what was left out and why, in English and Chinese. */
import type { Evidence } from '../../../../shared/domain';
import type { DossierData } from '../dossierData';
import type { FittedImage } from './fitImage';
import { LEFT_OUT, type LeftOutReason } from './leftOutReasons';

export interface PortalFile {
  path: string;
  bytes: Buffer;
  what:
    | { kind: 'dossier'; label: string | null; images: 'embed' | 'none' }
    | { kind: 'evidence'; item: Evidence; conversion: FittedImage | null };
}

export interface PortalReadmeInput {
  data: DossierData;
  limits: { maxFiles: number; maxFileBytes: number };
  files: PortalFile[];
  leftOut: { name: string; reason: LeftOutReason }[];
  exportedAt: string;
  redacted: boolean;
}

const MB = 1024 * 1024;

export function portalReadme(input: PortalReadmeInput): string {
  const { data, limits, files, leftOut } = input;
  const mb = (bytes: number) => `${(bytes / MB).toFixed(2)} MB`;
  const describe = (file: PortalFile): string => {
    const { what } = file;
    if (what.kind === 'dossier') {
      const images = what.images === 'embed' ? 'with downscaled images / 含缩小的图片' : 'text only, images follow as separate files where there was room / 仅文字，图片在有空位时作为单独文件附上';
      return `the complaint dossier${what.label ? `, ${what.label}` : ''} / 投诉档案 (${images})`;
    }
    const base = `evidence "${what.item.originalName}" / 证据, original sha256 ${what.item.sha256}`;
    const c = what.conversion;
    return c ? `${base}\n      re-encoded as JPEG ${c.width}×${c.height}, quality ${c.quality} / 已转换为 JPEG` : `${base}\n      the original file, unchanged / 原始文件，未修改`;
  };
  const fileLines = files.map((f) => `  ${f.path}  (${mb(f.bytes.length)})\n      ${describe(f)}`).join('\n');
  const leftLines = leftOut.length ? leftOut.map((l) => `  ${l.name}\n      ${LEFT_OUT[l.reason]}`).join('\n') : '  (nothing / 无)';

  return `Casefile dossier for an online complaint form / 用于在线投诉表单的维权档案
Ticket / 工单: #${data.ticket.id} ${data.ticket.title}
Platform / 平台: ${data.platform.name}
Exported at / 导出时间: ${input.exportedAt}
Limits / 限制: at most ${limits.maxFiles} files of ${mb(limits.maxFileBytes)} each, JPEG or PDF only
               最多 ${limits.maxFiles} 个文件，每个不超过 ${mb(limits.maxFileBytes)}，仅限 JPEG 或 PDF
${input.redacted ? 'Personal identifiers are masked in the dossier PDF; evidence images are not. / 档案 PDF 中的个人标识信息已遮盖；证据图片未遮盖。\n' : ''}
== English ==
Upload the files below to the form, in this order. This README is for you, not for uploading.
Images were compressed to fit, so they are copies, not the originals: for a record anyone can verify
(original files, manifest.json and SHA256SUMS), export the complete dossier ZIP as well and keep it.

== 中文 ==
请按以下顺序将文件上传到表单。本说明文件供您参考，无需上传。
图片为满足大小限制已被压缩，是副本而非原件；如需任何人都可核验的完整记录（原始文件、manifest.json 和
SHA256SUMS），请另外导出完整档案 ZIP 并妥善保存。

Files to upload / 需上传的文件 (${files.length} of ${limits.maxFiles}):
${fileLines || '  (none / 无)'}

Left out / 未包含:
${leftLines}
`;
}
