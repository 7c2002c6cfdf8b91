/** @jsxImportSource preact */
import type { DateAmbiguity, DateColumnDecision, ImportFile, NumericDateOrder } from '../../api/types';
import { describeOrder, ORDER_WORDS, readExample } from '../../lib/import-fields';

interface Props {
  file: ImportFile;
  /** The columns whose order must be chosen: the question. */
  ambiguous: DateAmbiguity[];
  /** How each date column was read, once it was. */
  decided: DateColumnDecision[];
  chosen: NumericDateOrder | null;
  onChoose(order: NumericDateOrder): void;
}

const DECIDED_BY: Record<DateColumnDecision['decidedBy'], (file: ImportFile) => string> = {
  values: () => 'its dates can only be read this way',
  file: () => "like the file's other dates",
  format: (file) => `${file.formatLabel} writes dates this way`,
  given: () => 'as you chose',
};

/** Orders worth offering when the file's own values did not decide: day and month first, and any the question names. */
function offered(ambiguous: DateAmbiguity[], decided: DateColumnDecision[]): NumericDateOrder[] {
  const named = new Set<NumericDateOrder>(['DMY', 'MDY']);
  for (const column of ambiguous) for (const order of column.candidates) named.add(order);
  for (const d of decided) if (d.order !== 'ISO') named.add(d.order);
  return (['DMY', 'MDY', 'YMD'] as const).filter((o) => named.has(o));
}

/**
 * The date columns: how each was read and why, and, when the values do not say, the question of the order.
 * hearback does not guess; the radios stay after the answer, so it can be changed and the focus stays put.
 */
export function DateOrder({ file, ambiguous, decided, chosen, onChoose }: Props) {
  const hinted = decided.filter((d) => d.order !== 'ISO' && d.decidedBy !== 'values');
  const ask = ambiguous.length > 0 || hinted.length > 0 || chosen !== null;
  const examples = ambiguous.length
    ? ambiguous.flatMap((a) => a.examples)
    : decided.flatMap((d) => file.columns.find((c) => c.header === d.header)?.samples ?? []);
  const orders = offered(ambiguous, decided);
  // One example for every choice, one that reads each way when there is one, so the choices compare.
  const example = examples.find((e) => orders.every((o) => readExample(e, o) !== null)) ?? examples[0];
  return (
    <div class="date-order">
      {decided.length > 0 && (
        <ul class="date-decisions">
          {decided.map((d) => (
            <li key={d.header}>
              “{d.header}” is read as {ORDER_WORDS[d.order]}
              {d.order === 'ISO' ? '' : `: ${DECIDED_BY[d.decidedBy](file)}`}.
            </li>
          ))}
        </ul>
      )}
      {ask && (
        <fieldset>
          <legend>{ambiguous.length ? 'Which order are the dates written in?' : 'Dates in another order?'}</legend>
          {ambiguous.map((a) => (
            <p key={a.header} class="muted">
              {a.conflict
                ? `“${a.header}” holds dates that read only day first and others that read only month first (${a.examples.join(', ')}). Rows that do not fit the order you choose will not be imported.`
                : `“${a.header}” could be read either way: ${a.examples.join(', ')}. hearback does not guess.`}
            </p>
          ))}
          {orders.map((order) => (
            <label key={order} class="choice">
              <input type="radio" name="date-order" value={order} checked={(chosen ?? (ambiguous.length ? null : hinted[0]?.order)) === order} onChange={() => onChoose(order)} />
              {describeOrder(order, example)}
            </label>
          ))}
        </fieldset>
      )}
    </div>
  );
}
