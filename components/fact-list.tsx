import type { RecipientReport } from '../src/core/types.ts';
import { useWords } from './i18n.ts';

/** The facts the input stated about one recipient; a fact that was not stated is left out. */
export function FactList({ report }: { report: RecipientReport }) {
  const { t } = useWords();
  const facts: [string, string | null][] = [
    ['result.recipient', report.recipient ?? t('result.noRecipient')],
    ['result.status', report.status],
    ['result.reply', report.reply],
    ['result.remoteHost', report.remoteHost],
    ['result.command', report.command],
  ];

  return (
    <dl class="facts">
      {facts
        .filter((fact): fact is [string, string] => fact[1] !== null && fact[1] !== '')
        .map(([key, value]) => (
          <div key={key}>
            <dt>{t(key)}</dt>
            <dd>{value}</dd>
          </div>
        ))}
    </dl>
  );
}
