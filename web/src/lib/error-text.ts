/**
 * A server error in words for the page. The API's validation messages already start with the field's
 * path ("timezone: is not a known IANA time zone…", docs/api.md); the page names the field the way its
 * form labels do and says the rest plainly, once.
 */

/** The fields whose path reads badly as a label. Others are turned into words from their path. */
const FIELD_LABELS: Record<string, string> = {
  timezone: 'Time zone',
  postingUrl: 'Posting link',
  postingText: 'Posting text',
  appliedAt: 'Date applied',
  decisionBy: 'Decision date',
  dailyCap: 'Messages a day',
  companyGapMinutes: 'Minutes between messages to one company',
  sentFolder: 'Sent folder',
  to: 'Address',
};

/** Server phrasings that are correct but technical, and what the page says instead. */
const PLAIN: [RegExp, string][] = [[/^is not a known IANA time zone.*$/, 'not one we know; pick one from the list, such as Europe/Berlin']];

/**
 * The label of a field path: `timezone` → "Time zone", `contacts.0.email` → "Contact 1 email",
 * `smtp.host` → "Smtp host".
 *
 * @example
 * fieldLabel('contacts.0.email'); // 'Contact 1 email'
 */
export function fieldLabel(field: string): string {
  const words = field.split('.').map((part, i, all) => {
    if (/^\d+$/.test(part)) return String(Number(part) + 1);
    if (i === all.length - 1 && FIELD_LABELS[part]) return FIELD_LABELS[part].toLowerCase();
    // A list's name before its index reads in the singular: "contacts.0" is contact 1.
    const singular = /^\d+$/.test(all[i + 1] ?? '') ? part.replace(/s$/, '') : part;
    return singular.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  });
  const text = field in FIELD_LABELS ? (FIELD_LABELS[field] ?? field) : words.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The message for a failure that names a field, with the field said once, as a label.
 *
 * @example
 * describeFieldError('timezone', 'timezone: is not a known IANA time zone, such as Europe/Berlin');
 * // 'Time zone: not one we know; pick one from the list, such as Europe/Berlin'
 */
export function describeFieldError(field: string, message: string): string {
  const own = message.startsWith(`${field}: `) ? message.slice(field.length + 2) : message;
  const plain = PLAIN.reduce((text, [pattern, words]) => text.replace(pattern, words), own.trim());
  return `${fieldLabel(field)}: ${plain}`;
}
