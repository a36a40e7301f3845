import './style.css';
import { Gate } from './gate';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    const stop = new AbortController();
    ctx.onInvalidated(() => stop.abort());
    // Single-page apps: a new address without a page load may be a new article. The gate
    // subscribes only when it needs to (see Gate.watchForArticle).
    const gate = new Gate(document, stop.signal, (listener) => ctx.addEventListener(window, 'wxt:locationchange', listener));
    gate.start();
  },
});
