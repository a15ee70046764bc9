/**
 * Hands bytes from the archive to the browser as a download: browser mode's FileDelivery
 * (http-delivery.ts), for exports and originals alike.
 * The browser never overwrites: it names a second copy itself.
 */
export function downloadBase64(fileName: string, mime: string, base64: string): void {
  const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: mime }));
  clickDownload(url, fileName);
  // Revoked later: the download may still be reading the blob when click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Asks the browser to download `url` as `fileName` (a blob, or an address of the archive's). */
export function clickDownload(url: string, fileName: string): void {
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
}
