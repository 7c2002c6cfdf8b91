/** @jsxImportSource preact */
import { useState } from 'preact/hooks';
import { api } from '../../api/client';
import { href, type SettingsSection } from '../../lib/route';
import type { Profile, Settings } from '../../api/types';
import { PageTitle } from '../../ui/page-title';
import { LoadError, Loading } from '../../ui/status';
import { useResource } from '../../ui/use-resource';
import { AccountPanel } from '../mail/account-panel';
import { DigestPanel } from '../mail/digest-panel';
import { ProfileForm } from './profile-form';
import { SettingsForm } from './settings-form';

/** Settings and profile, side by side on a wide screen; `section` opens at the mail account or the profile. */
export function SettingsView({ section }: { section?: SettingsSection | undefined }) {
  const data = useResource(() => Promise.all([api<Settings>('GET', '/api/settings'), api<Profile>('GET', '/api/profile')]), []);
  const [mailAccount, setMailAccount] = useState<string | null | undefined>(undefined);
  if (data.error && !data.data) return <LoadError title="Settings" error={data.error} retry={data.reload} />;
  if (!data.data) return <Loading title="Settings" />;
  const [settings, profile] = data.data;
  return (
    <div class="settings">
      <PageTitle title="Settings" />
      <div class="settings-grid">
        <section class="panel">
          <SettingsForm key={JSON.stringify(settings)} settings={settings} onSaved={() => void data.reload()} />
        </section>
        <div>
          <section class="panel">
            <ProfileForm profile={profile} focus={section === 'profile'} />
          </section>
          <AccountPanel focus={section === 'mail'} onAccount={setMailAccount} />
          <DigestPanel account={mailAccount} />
          <section class="panel" aria-labelledby="import-link-heading">
            <h2 id="import-link-heading">Your applications from elsewhere</h2>
            <p>
              <a href={href({ name: 'import' })}>Bring your applications from LinkedIn, Huntr, Teal...</a> or any spreadsheet saved as CSV.
            </p>
          </section>
        </div>
      </div>
    </div>
  );
}
