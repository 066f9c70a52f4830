/**
 * Saves a blob through a temporary <a download>: a browser saves it to Downloads, the desktop shell
 * answers with a save dialog. The URL outlives the click a little, so the download can start reading.
 */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
