/**
 * How much a posting insists on what it mentions: essential ("required", "must have", "you will need"),
 * optional ("a plus", "nice to have", "bonus", "preferred"), or neither. A mention counts by its own sentence
 * first, then by the heading of the list it sits in ("Nice to have:" above a list of bullets).
 */

export type Emphasis = -1 | 0 | 1;

const OPTIONAL =
  /\b(?:a\s+plus|(?:is\s+)?a\s+bonus|bonus\s+points?|nice[\s-]+to[\s-]+haves?|preferred|desirable|desired|ideally|not\s+required|optional|would\s+be\s+great|advantageous|an\s+advantage)\b/i;
const ESSENTIAL =
  /\b(?:required|requirements?|essential|must(?:[\s-]+haves?)?|mandatory|you\s+(?:will\s+)?need|you\s+have|we\s+need|minimum\s+qualifications|what\s+you\s+bring|key\s+skills)\b/i;

/** A line that heads a list: short and ending with a colon, or a few words without a full stop. */
function isHeading(line: string): boolean {
  const text = line.trim();
  return (
    /:$/.test(text) ||
    (text.length > 0 && text.split(/\s+/).length <= 5 && !/[.!?]$/.test(text) && !/^[-*•·]/.test(text))
  );
}

function emphasisOf(text: string): Emphasis {
  if (OPTIONAL.test(text)) return -1;
  if (ESSENTIAL.test(text)) return 1;
  return 0;
}

/**
 * A function telling the emphasis at an offset of the posting.
 *
 * @example
 * emphasisAt('Go is required. Rust is a plus.')(0); // 1
 * emphasisAt('Nice to have:\n- Rust\n- Kafka')(16); // -1
 */
export function emphasisAt(posting: string): (offset: number) => Emphasis {
  const lines: { start: number; text: string }[] = [];
  let start = 0;
  for (const text of posting.split('\n')) {
    lines.push({ start, text });
    start += text.length + 1;
  }
  return (offset) => {
    const lineIndex = lines.findLastIndex((line) => line.start <= offset);
    const line = lines[lineIndex];
    if (line === undefined) return 0;
    const at = offset - line.start;
    const sentenceStart =
      Math.max(...['.', '!', '?', ';'].map((mark) => line.text.lastIndexOf(mark, at - 1))) + 1;
    const ends = ['.', '!', '?', ';']
      .map((mark) => line.text.indexOf(mark, at))
      .filter((index) => index >= 0);
    const sentence = line.text.slice(sentenceStart, ends.length > 0 ? Math.min(...ends) : line.text.length);
    const own = emphasisOf(sentence);
    if (own !== 0) return own;
    for (let i = lineIndex - 1; i >= 0; i -= 1) {
      const previous = lines[i]?.text ?? '';
      if (previous.trim() === '') continue;
      if (isHeading(previous)) return emphasisOf(previous);
    }
    return 0;
  };
}
