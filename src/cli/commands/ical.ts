import { calendarFeedUrl, calendarToken } from '../../app/calendar-token';
import { icalCalendar } from '../../app/ical-feed';
import { appUrlFrom } from '../../app/local-address';
import type { Handler } from '../command-context';
import { str } from './parse-options';
import { writeOutput } from './write-output';

/**
 * `hearback ical [--out FILE]` writes the calendar of due actions; `--url` prints the secret subscription
 * address (making the token on first use); `--rotate` replaces the token, so the old address stops working.
 */
export const ical: Handler = async (ctx, _args, o) => {
  const { deps } = await ctx.runtime();
  const appUrl = appUrlFrom(ctx.io.env, str(o.appUrl));
  const out = str(o.out);
  const rotated = Boolean(o.rotate);
  const url =
    o.url || rotated ? calendarFeedUrl(appUrl, await calendarToken(deps, { rotate: rotated })) : undefined;
  if (url !== undefined && !ctx.out.json) {
    ctx.out.line(url);
    ctx.out.note(
      `${rotated ? 'This is a new address; the old one no longer works. ' : ''}Subscribe to it in your calendar app while \`hearback serve\` runs. ` +
        'Anyone with the address can read your due actions: keep it private, and replace it with `hearback ical --rotate`.',
    );
  }
  if (url !== undefined && out === undefined) {
    if (ctx.out.json) ctx.out.data({ url, rotated });
    return;
  }
  const extra = url === undefined ? {} : { url, rotated };
  await writeOutput(ctx, out, await icalCalendar(deps, { appUrl }), { mediaType: 'text/calendar', extra });
};
