import './style.css';
import { PageSession } from './page-session';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    const stop = new AbortController();
    ctx.onInvalidated(() => stop.abort());
    void new PageSession(document, stop.signal).start();
  },
});
