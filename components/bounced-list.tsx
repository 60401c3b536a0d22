import { CopyButton } from './copy-button.tsx';
import { useWords } from './i18n.ts';
import { addressList, BOUNCED_SHOWN } from './log-view.ts';

/** Addresses that bounced permanently, for cleaning a mailing list; all of them are copied. */
export function BouncedList({ addresses, other }: { addresses: readonly string[]; other: number }) {
  const { t } = useWords();
  const count = addresses.length + other;
  const hidden = addresses.length - Math.min(addresses.length, BOUNCED_SHOWN);

  if (count === 0) return <p class="note">{t('log.noBounced')}</p>;
  return (
    <section class="log-bounced" aria-label={t('log.bouncedHeading', { count })}>
      <h3>{t('log.bouncedHeading', { count })}</h3>
      <p class="note">{t('log.bouncedHint')}</p>
      <ul class="log-bounced-list">
        {addresses.slice(0, BOUNCED_SHOWN).map((a) => (
          <li key={a}>{a}</li>
        ))}
      </ul>
      {hidden > 0 && <p class="note">{t('log.bouncedHidden', { count: hidden })}</p>}
      {other > 0 && <p class="note">{t('log.bouncedOther', { count: other })}</p>}
      <CopyButton text={addressList(addresses)} label={t('log.copyBounced')} />
    </section>
  );
}
