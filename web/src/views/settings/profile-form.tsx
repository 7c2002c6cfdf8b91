/** @jsxImportSource preact */
import { useEffect, useRef, useState } from 'preact/hooks';
import { api, errorMessage } from '../../api/client';
import type { Profile, ProfilePatch } from '../../api/types';
import { useToasts } from '../../ui/toasts';

const lines = (text: string): string[] => text.split('\n').map((l) => l.trim()).filter(Boolean);

/** Who the user is, so drafts sound like them and sign off the way they do. */
export function ProfileForm({ profile, focus = false }: { profile: Profile; focus?: boolean }) {
  const toasts = useToasts();
  const [name, setName] = useState(profile.name);
  const [headline, setHeadline] = useState(profile.headline);
  const [signature, setSignature] = useState(profile.signature);
  const [strengths, setStrengths] = useState(profile.strengths.join('\n'));
  const [achievement, setAchievement] = useState(profile.recentAchievement ?? '');
  const [links, setLinks] = useState(profile.links.join('\n'));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  // Opened from "add your name" on a draft: bring the form into view with the focus on its title.
  useEffect(() => {
    if (!focus) return;
    heading.current?.scrollIntoView({ block: 'start' });
    heading.current?.focus();
  }, [focus]);

  const submit = async (event: Event): Promise<void> => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const patch: ProfilePatch = { name, headline, signature, strengths: lines(strengths), recentAchievement: achievement.trim() || null, links: lines(links) };
    try {
      await api<Profile>('PATCH', '/api/profile', patch);
      toasts.show({ message: 'Profile saved. New drafts use it.' });
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={submit} class="profile-form" aria-labelledby="profile-heading">
      <h2 id="profile-heading" ref={heading} tabIndex={-1}>
        You, in your drafts
      </h2>
      <div class="form-grid">
        <label class="field">
          <span>Your name</span>
          <input type="text" autocomplete="name" value={name} onInput={(e) => setName(e.currentTarget.value)} />
        </label>
        <label class="field">
          <span>One line about you</span>
          <input type="text" placeholder="Backend engineer, 6 years in payments" value={headline} onInput={(e) => setHeadline(e.currentTarget.value)} />
        </label>
      </div>
      <label class="field">
        <span>Signature</span>
        <textarea rows={3} value={signature} onInput={(e) => setSignature(e.currentTarget.value)} />
      </label>
      <label class="field">
        <span>Strengths, one per line (three to five work best)</span>
        <textarea rows={4} value={strengths} onInput={(e) => setStrengths(e.currentTarget.value)} />
      </label>
      <label class="field">
        <span>A recent achievement, for a second follow-up</span>
        <input type="text" value={achievement} onInput={(e) => setAchievement(e.currentTarget.value)} />
      </label>
      <label class="field">
        <span>Links, one per line</span>
        <textarea rows={2} value={links} onInput={(e) => setLinks(e.currentTarget.value)} />
      </label>
      {error && (
        <p class="form-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" class="button button-primary" disabled={busy}>
        Save profile
      </button>
    </form>
  );
}
