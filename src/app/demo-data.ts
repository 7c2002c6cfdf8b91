import { AppError } from '../core/app-error';
import { BusinessCalendar } from '../core/calendar/business-calendar';
import { isoDate } from '../core/calendar/civil-date';
import { EMPTY_PROFILE, type Profile } from '../core/model';
import { addApplication, type AddApplicationInput } from './add-application';
import type { AppDeps } from './deps';
import { DEMO_KEY, DEMO_PROFILE_KEY, profileKey } from './demo-flag';
import { logEvent, type LogEventInput } from './log-event';
import { loadSettings } from './settings';

export { isDemo } from './demo-flag';

const HOUR = 3_600_000;

interface DemoApplication {
  input: AddApplicationInput;
  /** Events as [when, input]; `when` is business days ago at a local hour, or hours ago. */
  events?: [When, Omit<LogEventInput, 'applicationId' | 'at'>][];
  appliedDaysAgo?: number;
}

type When = { businessDaysAgo: number; hour: number } | { hoursAgo: number };

/** The demo, given a function that dates "n business days ago" so that relative facts stay true. */
const demo = (daysAgo: (n: number) => string): DemoApplication[] => [
  {
    appliedDaysAgo: 7,
    input: { company: 'Acme Corp', role: 'Senior Backend Engineer', source: 'LinkedIn', location: 'New York', timezone: 'America/New_York', country: 'US', region: 'NY', contacts: [{ name: 'Dana Smith', role: 'hiring_manager', email: 'dana.smith@acme.example', phone: '+1 212 555 0142', phoneIsDirect: true }] },
  },
  {
    appliedDaysAgo: 12,
    input: { company: 'Globex', role: 'Platform Engineer', source: 'referral', location: 'London', timezone: 'Europe/London', country: 'GB', region: 'ENG', contacts: [{ name: 'Sam Rivera', role: 'recruiter', email: 'sam@globex.example' }] },
    events: [[{ hoursAgo: 3 }, { kind: 'interview', interviewers: [{ name: 'Priya Patel', email: 'priya@globex.example' }], discussed: ['migrating the monolith to event-driven services'], nextStepDate: daysAgo(-5) }]],
  },
  {
    appliedDaysAgo: 15,
    input: { company: 'Initech', role: 'Data Engineer', source: 'company site', location: 'Austin, Texas', timezone: 'America/Chicago', country: 'US', region: 'TX', contacts: [{ name: 'Bill Lumbergh', role: 'recruiter', email: 'bill@initech.example' }] },
    events: [[{ hoursAgo: 20 }, { kind: 'rejection', note: 'Thanks for your time, we went with another candidate.' }]],
  },
  {
    appliedDaysAgo: 4,
    input: { company: 'Umbrella Health', role: 'Site Reliability Engineer', source: 'job board', location: 'Berlin', timezone: 'Europe/Berlin', country: 'DE', region: 'BE', postingText: 'Site Reliability Engineer\nUmbrella Health is hiring an SRE to keep our clinics online.\nApply through our careers page. Please, no phone calls or emails: only shortlisted candidates will be contacted.' },
  },
  {
    appliedDaysAgo: 20,
    input: { company: 'Stark Industries', role: 'Staff Engineer', source: 'LinkedIn', location: 'Los Angeles', timezone: 'America/Los_Angeles', country: 'US', region: 'CA', contacts: [{ name: 'Pepper Potts', role: 'hiring_manager', email: 'pepper@stark.example' }] },
    events: [
      [{ businessDaysAgo: 9, hour: 11 }, { kind: 'interview', interviewers: [{ name: 'Pepper Potts', email: 'pepper@stark.example' }], discussed: ['the reliability roadmap'], nextStepDate: daysAgo(2) }],
      [{ businessDaysAgo: 8, hour: 9 }, { kind: 'thank_you_sent' }],
    ],
  },
  {
    appliedDaysAgo: 3,
    input: { company: 'Hooli', role: 'Backend Developer', source: 'company site', location: 'Munich', timezone: 'Europe/Berlin', country: 'DE', region: 'BY', contacts: [{ name: 'Gavin Belson', role: 'hiring_manager', email: 'gavin@hooli.example' }] },
  },
  {
    input: { company: 'Wayne Enterprises', role: 'Software Engineer', source: 'job board', location: 'Manchester', timezone: 'Europe/London', country: 'GB', region: 'ENG', postingUrl: 'https://jobs.wayne.example/1234' },
  },
];

/** Who the demo drafts are written for, so they read like real ones; written only over an empty profile. */
const DEMO_PROFILE: Profile = {
  name: 'Alex Doe',
  headline: 'Backend engineer, six years on payment and platform teams',
  strengths: ['event-driven architecture', 'PostgreSQL tuning', 'on-call and incident reviews', 'mentoring engineers'],
  signature: 'Best regards,\nAlex Doe',
  recentAchievement: null,
  links: [],
};

/**
 * Fills an empty store with example applications dated relative to now, so that something is due today.
 * The ids are remembered, so `removeDemo` takes them all away again. Refuses a store that holds real data.
 */
export async function loadDemo(deps: AppDeps): Promise<string[]> {
  if ((await deps.db.countApplications()) > 0) {
    throw new AppError('store_not_empty', 'the demo only loads into an empty store, so it never mixes with your applications', { field: 'store' });
  }
  const settings = await loadSettings(deps);
  const cal = BusinessCalendar.for({ zone: settings.timezone, country: settings.country, region: settings.region });
  const today = cal.dayOf(deps.clock.now().getTime());
  const nowMs = deps.clock.now().getTime();
  const dayAgo = (n: number) => (n >= 0 ? cal.subtractBusinessDays(today, n) : cal.addBusinessDays(today, -n));
  const at = (when: When) =>
    new Date('hoursAgo' in when ? nowMs - when.hoursAgo * HOUR : Math.min(nowMs - HOUR, cal.clock.instant(dayAgo(when.businessDaysAgo), when.hour * 60))).toISOString();
  const ids: string[] = [];
  for (const app of demo((n) => isoDate(dayAgo(n)))) {
    const appliedAt = app.appliedDaysAgo === undefined ? null : at({ businessDaysAgo: app.appliedDaysAgo, hour: 10 });
    const { application } = await addApplication(deps, { ...app.input, appliedAt });
    ids.push(application.id);
    for (const [when, event] of app.events ?? []) await logEvent(deps, { ...event, applicationId: application.id, at: at(when) });
  }
  await deps.db.putMeta(DEMO_KEY, JSON.stringify(ids));
  // A user who wrote a profile keeps it; the demo's is remembered, so that removing the demo takes back
  // exactly what it wrote and nothing the user changed since.
  const profile = await deps.db.getProfile();
  if (profile === null || profileKey(profile) === profileKey(EMPTY_PROFILE)) {
    await deps.db.putProfile(DEMO_PROFILE);
    await deps.db.putMeta(DEMO_PROFILE_KEY, profileKey(DEMO_PROFILE));
  }
  return ids;
}

/** Deletes the demo applications and the demo profile if it is unchanged, and nothing else. */
export async function removeDemo(deps: AppDeps): Promise<number> {
  const ids = JSON.parse((await deps.db.getMeta(DEMO_KEY)) ?? '[]') as string[];
  await deps.db.transaction(async (db) => {
    for (const id of ids) if (await db.getApplication(id)) await db.deleteApplication(id);
    await db.putMeta(DEMO_KEY, '[]');
    const written = await db.getMeta(DEMO_PROFILE_KEY);
    const profile = await db.getProfile();
    if (written && profile && profileKey(profile) === written) await db.putProfile({ ...EMPTY_PROFILE, strengths: [], links: [] });
    if (written) await db.putMeta(DEMO_PROFILE_KEY, '');
  });
  return ids.length;
}
