import { useEffect, useState } from 'preact/hooks';
import { Explainer } from './explainer.tsx';
import { textFromHash } from './explain-url.ts';
import { useWords } from './i18n.ts';

/**
 * The explain page's content: the text in the address, explained like a paste in the popup. The
 * address is untrusted (any page can link here), so the text goes only into the input box.
 */
export function ExplainPage() {
  const { t } = useWords();
  const [hash, setHash] = useState(location.hash);

  useEffect(() => {
    const onChange = () => setHash(location.hash);
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);

  const got = textFromHash(hash);
  if (!got.ok)
    return (
      <p class="note" role="alert">
        {t('explain.badAddress')}
      </p>
    );
  return <Explainer key={hash} initialText={got.text} autoFocus={got.text === ''} />;
}
