import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDeliveryStatus } from './delivery-status';
import { parseHeaderFields } from './header-block';
import { htmlToText } from './html-to-text';

const text = fc.oneof(fc.string({ maxLength: 2000 }), fc.string({ unit: 'binary', maxLength: 2000 }));

describe('the small MIME parsers on arbitrary text', () => {
  it('parseHeaderFields never throws and returns lower-cased names without line breaks in values', () => {
    fc.assert(
      fc.property(text, (input) => {
        for (const [name, value] of parseHeaderFields(input, null).fields) {
          expect(name).toBe(name.toLowerCase());
          expect(value).not.toMatch(/[\r\n]/);
        }
      }),
    );
  });

  it('parseDeliveryStatus never throws and only returns statuses that look like statuses', () => {
    fc.assert(
      fc.property(text, (input) => {
        for (const d of parseDeliveryStatus(input))
          expect(d.status === null || /^[245]\.\d{1,3}\.\d{1,3}$/.test(d.status)).toBe(true);
      }),
    );
  });

  it('htmlToText never throws and leaves no tags behind', () => {
    const html = fc
      .array(
        fc.oneof(
          text,
          fc.constantFrom(
            '<p>',
            '</p>',
            '<br/>',
            '<script>x</script>',
            '&amp;',
            '&#x1F600;',
            '<!-- c -->',
            '<a href="x">',
          ),
        ),
        { maxLength: 30 },
      )
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(html, (input) => {
        expect(htmlToText(input)).not.toMatch(/<(?:p|br|script|a)\b[^>]*>/i);
      }),
    );
  });
});
