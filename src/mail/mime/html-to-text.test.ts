import { describe, expect, it } from 'vitest';
import { htmlToText } from './html-to-text';

describe('htmlToText', () => {
  it.each([
    {
      name: 'tags and entities',
      html: '<p>We&rsquo;re <b>sorry</b> &amp; sad</p><p>Bye</p>',
      text: 'We’re sorry & sad\nBye',
    },
    {
      name: 'scripts, styles and comments',
      html: '<style>p{}</style><script>x()</script><!-- c --><div>Hi</div>',
      text: 'Hi',
    },
    { name: 'line breaks', html: 'a<br>b<br/>c', text: 'a\nb\nc' },
    { name: 'numeric entities', html: '&#233;t&#xE9;', text: 'été' },
    {
      name: 'quotes, marked for the quote stripper',
      html: '<p>Yes</p><blockquote>I applied</blockquote>',
      text: 'Yes\n> I applied',
    },
    { name: 'an unknown entity', html: 'a &bogus; b', text: 'a &bogus; b' },
  ])('handles $name', ({ html, text }) => {
    expect(htmlToText(html)).toBe(text);
  });
});
