import { render } from 'preact';

function Popup() {
  return <p>Bounce Explainer</p>;
}

const root = document.getElementById('app');
if (root) render(<Popup />, root);
