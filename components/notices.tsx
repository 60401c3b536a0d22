import type { Notice } from '../src/core/types.ts';
import { useWords } from './i18n.ts';

/** What the decoder wants said about the input as a whole, such as a cut-off text. */
export function Notices({ notices }: { notices: readonly Notice[] }) {
  const { t } = useWords();
  if (notices.length === 0) return null;

  return (
    <ul class="notices">
      {notices.map((n, i) => (
        <li key={`${n.code}-${i}`}>{t(`notice.${n.code}`, n.detail ?? {})}</li>
      ))}
    </ul>
  );
}
