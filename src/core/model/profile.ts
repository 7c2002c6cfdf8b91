/** Who the user is, for drafting messages that sound like them. */
export interface Profile {
  name: string;
  /** Closing lines, as the user writes them: "Best regards,\nAlex Doe\n+1 555 0100". */
  signature: string;
  /** One line: "Backend engineer, 6 years in payments". */
  headline: string;
  /** Three to five strengths or skills: "event-driven architecture", "PostgreSQL tuning". */
  strengths: string[];
  /** A recent achievement, used for a second follow-up's new angle. */
  recentAchievement: string | null;
  links: string[];
}

export const EMPTY_PROFILE: Profile = Object.freeze({
  name: '',
  signature: '',
  headline: '',
  strengths: [],
  recentAchievement: null,
  links: [],
}) as Profile;
