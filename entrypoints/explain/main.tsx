import { render } from 'preact';
import { ExplainPage } from '../../components/explain-page.tsx';
import { PageShell } from '../../components/page-shell.tsx';
import '../../components/styles.css';

const root = document.getElementById('app');
if (root)
  render(
    <PageShell page="explain" titleKey="explain.title">
      <ExplainPage />
    </PageShell>,
    root,
  );
