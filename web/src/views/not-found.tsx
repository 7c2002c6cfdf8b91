/** @jsxImportSource preact */
import { href } from '../lib/route';
import { PageTitle } from '../ui/page-title';

export function NotFound({ path }: { path: string }) {
  return (
    <div>
      <PageTitle title="Page not found" />
      <p>
        There is no page at <code>#/{path}</code>. Go to <a href={href({ name: 'today' })}>Today</a>.
      </p>
    </div>
  );
}
