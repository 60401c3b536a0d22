import { useId } from 'preact/hooks';
import { CopyButton } from './copy-button.tsx';
import { useWords } from './i18n.ts';
import { checklistText } from './plain-text.ts';

/** Remediation steps that can be ticked off while working through them; ticks are not saved. */
export function Checklist({ steps }: { steps: readonly string[] }) {
  const { t } = useWords();
  const id = useId();

  return (
    <section class="checklist" aria-labelledby={id}>
      <h3 id={id}>{t('result.checklist')}</h3>
      <ol>
        {steps.map((step, i) => (
          <li key={`${i}:${step}`}>
            <label>
              <input type="checkbox" />
              <span>{step}</span>
            </label>
          </li>
        ))}
      </ol>
      <CopyButton text={checklistText(steps)} label={t('copy.checklist')} />
    </section>
  );
}
