import type { RecipientReport } from '../src/core/types.ts';
import type { KnowledgeEntry } from '../src/knowledge/types.ts';
import { AnswerCard } from './answer-card.tsx';
import { Checklist } from './checklist.tsx';
import { EvidenceText } from './evidence-text.tsx';
import { FactList } from './fact-list.tsx';
import { useWords } from './i18n.ts';
import { entryById } from './knowledge.ts';
import { MoreAnswers } from './more-answers.tsx';
import { PermanenceBadge } from './permanence-badge.tsx';

/**
 * The answer shown first is the best FAQ entry; without one, the reason guide. The checklist is
 * the answer's own, else the reason guide's (FAQ entries seldom have one).
 */
function pick(report: RecipientReport) {
  const entries = report.faq.flatMap((id) => entryById(id) ?? []);
  const guide = entryById(`reason-${report.reason}`);
  const best = entries.find((e) => e.kind === 'faq') ?? guide ?? entries[0];
  const rest = entries.filter((e) => e !== best);
  return { guide, best, rest };
}

function checklistOf(best: KnowledgeEntry | undefined, guide: KnowledgeEntry | undefined) {
  return (lang: 'ja' | 'en') => best?.[lang].checklist ?? guide?.[lang].checklist ?? [];
}

export function RecipientCard({ report, text }: { report: RecipientReport; text: string }) {
  const { lang, t } = useWords();
  const { guide, best, rest } = pick(report);
  const steps = checklistOf(best, guide)(lang);
  const retry = guide?.[lang].retry;

  return (
    <section
      class="recipient"
      data-reason={report.reason}
      aria-label={report.recipient ?? undefined}
    >
      <h2 class="reason-title">{guide?.[lang].title ?? report.reason}</h2>
      <PermanenceBadge permanence={report.permanence} />
      <FactList report={report} />
      {retry !== undefined && <p class="retry-advice">{retry}</p>}

      <h3>{t('result.evidence')}</h3>
      <EvidenceText text={text} evidence={report.evidence} />

      {best !== undefined && <AnswerCard entry={best} />}
      {steps.length > 0 && <Checklist steps={steps} />}
      {rest.length > 0 && (
        <>
          <h3>{t('result.moreAnswers')}</h3>
          <MoreAnswers entries={rest} />
        </>
      )}
    </section>
  );
}
