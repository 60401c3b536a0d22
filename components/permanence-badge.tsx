import type { Permanence } from '../src/core/types.ts';
import { useWords } from './i18n.ts';

export function PermanenceBadge({ permanence }: { permanence: Permanence }) {
  const { t } = useWords();
  return (
    <p class={`permanence permanence-${permanence}`} data-permanence={permanence}>
      {t(`permanence.${permanence}`)}
    </p>
  );
}
