/**
 * Copies text to the clipboard. The Clipboard API needs a secure context, which localhost is; the
 * textarea fallback covers a server reached over plain HTTP on the network.
 */
export async function copyText(text: string): Promise<void> {
  if (navigator.clipboard && window.isSecureContext) {
    await navigator.clipboard.writeText(text);
    return;
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.className = 'offscreen';
  document.body.appendChild(area);
  area.select();
  const ok = document.execCommand('copy');
  area.remove();
  if (!ok) throw new Error('Your browser did not allow copying. Select the text and copy it by hand.');
}
