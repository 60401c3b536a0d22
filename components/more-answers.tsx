import type { KnowledgeEntry } from '../src/knowledge/types.ts';
import { AnswerCard } from './answer-card.tsx';
import { Checklist } from './checklist.tsx';
import { useWords } from './i18n.ts';

/** Further entries, closed until opened: titles first, so the list can be scanned. */
export function MoreAnswers({
  entries,
  open = false,
}: {
  entries: KnowledgeEntry[];
  open?: boolean;
}) {
  const { lang } = useWords();

  return (
    <ul class="more-answers">
      {entries.map((entry, i) => (
        <li key={entry.id}>
          <details open={open && i === 0} data-entry={entry.id}>
            <summary>{entry[lang].title}</summary>
            <AnswerCard entry={entry} heading={false} />
            {entry[lang].checklist !== undefined && <Checklist steps={entry[lang].checklist} />}
          </details>
        </li>
      ))}
    </ul>
  );
}
