import type { KnowledgeEntry, Lang } from '../src/knowledge/types.ts';
import { AnswerBody } from './answer-body.tsx';
import { useWords } from './i18n.ts';

const LANG_NAMES: Record<Lang, string> = { ja: '日本語', en: 'English' };

/** One language's column; its headings are in that language, whatever the page's language. */
function Column({ entry, lang }: { entry: KnowledgeEntry; lang: Lang }) {
  const w = entry[lang];
  return (
    <div class="ref-column" lang={lang}>
      <h3>
        <span class="sr-only">{LANG_NAMES[lang]}: </span>
        {w.title}
      </h3>
      <AnswerBody body={w.body} />
      {w.causes !== undefined && (
        <ul class="ref-causes">
          {w.causes.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
      )}
      {w.retry !== undefined && <p class="ref-retry">{w.retry}</p>}
      {w.checklist !== undefined && (
        <ol class="ref-checklist">
          {w.checklist.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ol>
      )}
    </div>
  );
}

/** An entry in both languages, the page's language first; its id is its stable anchor. */
export function ReferenceEntry({
  entry,
  highlighted,
}: {
  entry: KnowledgeEntry;
  highlighted: boolean;
}) {
  const { lang, t } = useWords();
  const order: Lang[] = lang === 'ja' ? ['ja', 'en'] : ['en', 'ja'];

  return (
    <article
      id={entry.id}
      class={highlighted ? 'ref-entry is-target' : 'ref-entry'}
      data-kind={entry.kind}
    >
      <p class="ref-id">
        <a href={`#${entry.id}`} aria-label={`${t('reference.link')}: ${entry.id}`}>
          #{entry.id}
        </a>
      </p>
      <div class="ref-columns">
        {order.map((l) => (
          <Column key={l} entry={entry} lang={l} />
        ))}
      </div>
    </article>
  );
}
