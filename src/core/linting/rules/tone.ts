import { seedFiles } from '../../model';
import { bodyBeforeClosing, findAll, isInside, protectedSpans } from '../text-search';
import type { LintFinding, LintRule } from '../types';

const SOURCES = seedFiles('004');
const EMOJI = /\p{Extended_Pictographic}/gu;
const HUMOUR =
  /(?<![\p{L}])(?:lol|lmao|rofl|haha(?:ha)*|hehe(?:he)*|jk|just\s+kidding|;-?\)|:-?[pP](?![\p{L}])|xD)(?![\p{L}])|[😂🤣😜😝]/gu;
/** One exclamation in a message can be warmth; more reads as overexcited (004: keep it light). */
const MAX_EXCLAMATIONS = 1;
const MAX_EMOJI = 1;

export const toneRule: LintRule = {
  id: 'tone',
  severities: ['warning'],
  catches: 'Exclamation marks or emoji past one, "!!", and humour overboard ("lol", "haha", winks).',
  sources: SOURCES,
  check(doc, context) {
    const names = protectedSpans(doc, context);
    const text = doc.text.slice(0, doc.bodyStart) + bodyBeforeClosing(doc.body);
    const findings: LintFinding[] = [];
    const warn = (start: number, end: number, message: string): void => {
      findings.push({ rule: 'tone', severity: 'warning', start, end, message, sources: SOURCES });
    };
    const bangs = findAll(/!+/g, text).filter((match) => !isInside(match, names));
    for (const match of bangs.filter((bang) => bang.text.length > 1)) {
      warn(
        match.start,
        match.end,
        `"${match.text}": one exclamation mark at most keeps it professional.`,
      );
    }
    const extra = bangs[MAX_EXCLAMATIONS];
    if (extra !== undefined && bangs.every((bang) => bang.text.length === 1)) {
      warn(extra.start, extra.end, `${bangs.length} exclamation marks: keep at most one.`);
    }
    const emoji = findAll(EMOJI, text);
    const extraEmoji = emoji[MAX_EMOJI];
    if (extraEmoji !== undefined) {
      warn(extraEmoji.start, extraEmoji.end, `${emoji.length} emoji: leave them out of a job message.`);
    }
    for (const match of findAll(HUMOUR, text).filter((joke) => !isInside(joke, names))) {
      warn(match.start, match.end, `"${match.text}": a friendly tone, but no jokes overboard.`);
    }
    return findings;
  },
};
