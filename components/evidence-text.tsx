import type { Evidence } from '../src/core/types.ts';
import { evidenceIn, excerpts, segments } from './evidence-segments.ts';
import { useWords } from './i18n.ts';

/**
 * The pasted text with the spans that decided the reason marked. The text is rendered as text
 * nodes only: whatever HTML or script it holds stays inert.
 */
export function EvidenceText({ text, evidence }: { text: string; evidence: readonly Evidence[] }) {
  const { t } = useWords();
  const parts = excerpts(text, evidence);

  return (
    <div class="evidence">
      {parts.map((part) => (
        <pre key={part.start} class="evidence-text" data-cut-before={part.start > 0}>
          {segments(text.slice(part.start, part.end), evidenceIn(evidence, part)).map((s, i) =>
            s.role === null ? (
              s.text
            ) : (
              <mark key={i} data-role={s.role} title={t(`role.${s.role}`)}>
                {s.text}
              </mark>
            ),
          )}
        </pre>
      ))}
    </div>
  );
}
