/**
 * Why portal mode left something out, in both languages (English first), as ExportResult.leftOut and
 * PORTAL-README.txt show it: the recipient and the user may read either.
 */
export const LEFT_OUT = {
  not_jpeg_or_pdf: 'The form accepts only JPEG and PDF files; send it another way or use the complete dossier ZIP. / 表单只接受 JPEG 和 PDF 文件；请通过其他方式提交，或使用完整档案 ZIP。',
  too_large: 'Larger than the per-file limit even after compression. / 即使压缩后仍超过单个文件大小上限。',
  pdf_too_large: 'This part of the dossier PDF is larger than the per-file limit even without images. / 即使不含图片，档案 PDF 的这一部分仍超过单个文件大小上限。',
  no_room: 'No file left: the form’s number of files was used by what came before. / 文件数量已用完：表单允许的文件数已被前面的文件占用。',
  missing: 'The file was missing from Casefile’s vault at export time. / 导出时该文件不在 Casefile 证据库中。',
  altered: 'The file in the vault no longer matches its SHA-256; run “Check the vault”. / 证据库中的文件与其 SHA-256 不符，请运行“检查证据库”。',
  unreadable_image: 'The image could not be read to convert it to JPEG. / 无法读取该图片以转换为 JPEG。',
} as const;

export type LeftOutReason = keyof typeof LEFT_OUT;
