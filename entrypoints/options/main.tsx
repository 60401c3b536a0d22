import { render } from 'preact';
import { OptionsPage } from '../../components/options-page.tsx';
import { PageShell } from '../../components/page-shell.tsx';
import '../../components/styles.css';

const root = document.getElementById('app');
if (root)
  render(
    <PageShell page="options" titleKey="options.title">
      <OptionsPage />
    </PageShell>,
    root,
  );
