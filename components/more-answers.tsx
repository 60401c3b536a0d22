import { useState } from 'preact/hooks';
import type { KnowledgeEntry } from '../src/knowledge/types.ts';
import { AnswerCard } from './answer-card.tsx';
import { Checklist } from './checklist.tsx';
import { useWords } from './i18n.ts';

/**
 * One further entry: its answer is rendered once opened, since a search renders again on every
 * keystroke and most of these are never opened.
 */
function MoreAnswer({ entry, initiallyOpen }: { entry: KnowledgeEntry; initiallyOpen: boolean }) {
  const { lang } = useWords();
  const [open, setOpen] = useState(initiallyOpen);
  const steps = entry[lang].checklist;

  return (
    <details open={open} data-entry={entry.id} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{entry[lang].title}</summary>
      {open && <AnswerCard entry={entry} heading={false} />}
      {open && steps !== undefined && <Checklist steps={steps} />}
    </details>
  );
}

/** Further entries, closed until opened: titles first, so the list can be scanned. */
export function MoreAnswers({
  entries,
  open = false,
}: {
  entries: KnowledgeEntry[];
  open?: boolean;
}) {
  return (
    <ul class="more-answers">
      {entries.map((entry, i) => (
        <li key={entry.id}>
          <MoreAnswer key={String(open && i === 0)} entry={entry} initiallyOpen={open && i === 0} />
        </li>
      ))}
    </ul>
  );
}
