import { render } from 'preact';
import { Explainer } from '../../components/explainer.tsx';
import { PageShell } from '../../components/page-shell.tsx';
import '../../components/styles.css';

const root = document.getElementById('app');
if (root)
  render(
    <PageShell page="popup">
      <Explainer autoFocus remember />
    </PageShell>,
    root,
  );
