import './style.css';
import { PageSession } from './page-session';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    const stop = new AbortController();
    ctx.onInvalidated(() => stop.abort());
    const session = new PageSession(document, stop.signal);
    // Single-page apps: a new URL without a page load is a new article.
    ctx.addEventListener(window, 'wxt:locationchange', () => void session.navigate());
    void session.start();
  },
});
