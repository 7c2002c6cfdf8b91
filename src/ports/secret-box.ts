/**
 * Encrypts small secrets (mail passwords) for storage. Only the sealed form is ever stored. `context` names
 * what the secret is for (`mail-account:USER`) and is bound into the ciphertext, so a sealed value copied
 * to another user's row or field does not open. Opening with the wrong key, or a tampered value, throws an
 * AppError `validation` with `details.reason` `wrong_key`, `tampered` or `unknown_format`; it never returns
 * garbage.
 */
export interface SecretBox {
  seal(plaintext: string, context: string): Promise<string>;
  open(sealed: string, context: string): Promise<string>;
}
