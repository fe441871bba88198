/**
 * Hands a file the app fetched to the browser's downloads, under its own name (an object URL and
 * a link with `download`, clicked once; the URL is released once the browser has taken it).
 */
export function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
