import type { ReasonSummary } from '../src/log/index.ts';
import { AnswerBody } from './answer-body.tsx';
import { Checklist } from './checklist.tsx';
import { useWords } from './i18n.ts';
import { entryById } from './knowledge.ts';
import { reasonAnswer, shortText, stepsOf } from './log-view.ts';
import { PermanenceBadge } from './permanence-badge.tsx';

/** One reason within one domain: how often, what the server said, and the answer, closed. */
export function LogReason({ reason }: { reason: ReasonSummary }) {
  const { lang, t } = useWords();
  const answer = reasonAnswer(reason, entryById);
  const steps = stepsOf(answer, lang);
  const codes = reason.statuses.slice(0, 3).map((s) => s.code);

  return (
    <li class="log-reason" data-reason={reason.reason}>
      <p class="log-reason-title">
        <strong>{answer.guide?.[lang].title ?? reason.reason}</strong>{' '}
        <span class="log-reason-count">{t('log.lineCount', { count: reason.count })}</span>
        {codes.length > 0 && <span class="log-codes"> · {codes.join(', ')}</span>}
      </p>
      <PermanenceBadge permanence={reason.permanence} />
      <p class="log-diagnostic">
        <span class="log-label">{t('log.serverSaid')}</span>{' '}
        <code>{shortText(reason.diagnostic)}</code>
      </p>
      {answer.best !== undefined && (
        <details class="log-answer" data-entry={answer.best.id}>
          <summary>
            {answer.best === answer.guide ? t('log.guide') : answer.best[lang].title}
          </summary>
          <AnswerBody body={answer.best[lang].body} />
          {steps.length > 0 && <Checklist steps={steps} />}
        </details>
      )}
    </li>
  );
}
