/** @jsxImportSource preact */
import { api } from '../api/client';
import type { Profile } from '../api/types';
import { href } from '../lib/route';
import { useResource } from './use-resource';

/**
 * Says why the drafts end without a name while the profile has none. Without it, every draft closes with
 * a bare "Best regards." and the user cannot tell whether that is a bug or a setting.
 */
export function UnsignedNotice() {
  const profile = useResource(() => api<Profile>('GET', '/api/profile'), []);
  if (!profile.data || profile.data.name.trim() !== '') return null;
  return (
    <p class="notice notice-info unsigned-notice" role="note">
      Your drafts end without your name: <a href={href({ name: 'settings', section: 'profile' })}>add it in Settings</a>.
    </p>
  );
}
