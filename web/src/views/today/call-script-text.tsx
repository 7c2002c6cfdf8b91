/** @jsxImportSource preact */
import type { CallScript } from '../../api/types';

/**
 * The words of a call script (003): the opening, the three ways the call can go with what to say and ask in
 * each (titled for the moment: before or after an interview), the closing and a voicemail. Today's call
 * card and a planned call's preview show the same text.
 */
export function CallScriptText({ script }: { script: CallScript }) {
  return (
    <>
      <p>
        <strong>Start: </strong>
        {script.opening}
      </p>
      <ol class="branches">
        {script.branches.map((branch) => (
          <li key={branch.id}>
            <strong>{branch.title}:</strong> {branch.say} <em>Ask: {branch.ask}</em>
          </li>
        ))}
      </ol>
      <p>
        <strong>End: </strong>
        {script.closing}
      </p>
      <p>
        <strong>Voicemail: </strong>
        {script.voicemail}
      </p>
    </>
  );
}
