/** @jsxImportSource preact */
import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { Loading, LoadError } from '../../ui/status';

let loaded: FunctionComponent | null = null;

/**
 * The Analytics page, loaded when first opened: the chart library is most of the bundle, and the page
 * people open every morning (Today) does not need it.
 */
export function LazyAnalytics() {
  const [View, setView] = useState<FunctionComponent | null>(() => loaded);
  const [error, setError] = useState<unknown>(null);
  const load = async (): Promise<void> => {
    try {
      const module = await import('./analytics-view');
      loaded = module.AnalyticsView;
      setView(() => module.AnalyticsView);
    } catch (caught) {
      setError(caught);
    }
  };
  useEffect(() => {
    if (!View) void load();
  }, []);
  if (View) return <View />;
  if (error) return <LoadError title="Analytics" error={error} retry={load} />;
  return <Loading title="Analytics" />;
}
