/** @jsxImportSource preact */

/** How to get the file out of each tracker, for someone who has never exported anything. */
export function WhereToFind() {
  return (
    <details class="where-to-find">
      <summary>Where do I find my file?</summary>
      <dl class="facts">
        <dt>LinkedIn</dt>
        <dd>
          Settings &amp; Privacy → Data privacy → Get a copy of your data → choose “Job applications” → Request archive. LinkedIn e-mails a link; the
          download holds <code>Job Applications.csv</code>. Saved jobs (<code>Saved Jobs.csv</code>) import too.
        </dd>
        <dt>Huntr, Teal, JobSync, Reactive Resume</dt>
        <dd>Use the export to CSV of your job tracker; hearback recognises each of them from its columns.</dd>
        <dt>A spreadsheet</dt>
        <dd>
          Save it as CSV (File → Save as, or Download → CSV). It needs at least a company and a role column; you can say which column is which in
          the next step.
        </dd>
      </dl>
    </details>
  );
}
