import { render } from 'preact';
import { PageShell } from '../../components/page-shell.tsx';
import { ReferencePage } from '../../components/reference-page.tsx';
import '../../components/styles.css';

const root = document.getElementById('app');
if (root)
  render(
    <PageShell page="reference" titleKey="reference.title">
      <ReferencePage />
    </PageShell>,
    root,
  );
