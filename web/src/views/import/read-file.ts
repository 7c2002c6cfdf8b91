/**
 * A file's bytes as base64, as the import routes take them. The browser encodes it natively (a data URL),
 * which is fast even for a 20 MB file; the bytes are sent as they are, whatever their encoding, for the
 * server to recognise.
 */
export function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = typeof reader.result === 'string' ? reader.result : '';
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(new Error(`${file.name} could not be read: ${reader.error?.message ?? 'the browser gave no reason'}`));
    reader.readAsDataURL(file);
  });
}
