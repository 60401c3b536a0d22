import type { KnowledgeEntry } from '../src/knowledge/types.ts';
import { AnswerBody } from './answer-body.tsx';
import { CopyButton } from './copy-button.tsx';
import { useWords } from './i18n.ts';
import { answerText } from './plain-text.ts';

/** One knowledge entry's answer in the current language, with a button to copy it. */
export function AnswerCard({
  entry,
  heading = true,
}: {
  entry: KnowledgeEntry;
  heading?: boolean;
}) {
  const { lang, t } = useWords();
  const words = entry[lang];

  return (
    <article class="answer" data-entry={entry.id}>
      {heading && <h3 class="answer-title">{words.title}</h3>}
      <AnswerBody body={words.body} />
      <CopyButton text={answerText(entry, lang)} label={t('copy.answer')} />
    </article>
  );
}
