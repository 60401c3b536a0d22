import { browser } from 'wxt/browser';
import { useWords } from './i18n.ts';

type Page = 'popup' | 'explain' | 'reference' | 'options';
type ExtensionPage = '/reference.html' | '/options.html';

/** Opens an extension page in a tab: from the popup a plain link would open inside the popup. */
function open(event: Event, path: ExtensionPage) {
  event.preventDefault();
  void browser.tabs.create({ url: browser.runtime.getURL(path) });
  if (document.body.classList.contains('popup')) window.close();
}

export function NavLinks({ page }: { page: Page }) {
  const { t } = useWords();
  const links: { page: Page; path: ExtensionPage; label: string }[] = [
    { page: 'reference', path: '/reference.html', label: t('app.reference') },
    { page: 'options', path: '/options.html', label: t('app.options') },
  ];
  const shown = links.filter((link) => link.page !== page);

  return (
    <nav class="nav-links">
      {shown.map((link) => (
        <a key={link.path} href={link.path} onClick={(e) => open(e, link.path)}>
          {link.label}
        </a>
      ))}
    </nav>
  );
}
