import './style.css';
import { Gate } from './gate';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    const stop = new AbortController();
    ctx.onInvalidated(() => stop.abort());
    const gate = new Gate(document, stop.signal);
    // Single-page apps: a new URL without a page load may be a new article.
    ctx.addEventListener(window, 'wxt:locationchange', () => gate.navigate());
    gate.start();
  },
});
