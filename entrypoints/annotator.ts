import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { annotatorLoaded, markAnnotatorLoaded } from './content/contract';
import { PageSession } from './content/page-session';

/**
 * The annotator, injected by the background into a page the content script found to be an
 * article (see entrypoints/content/gate.ts). It runs in the same isolated world as the content
 * script; its own context stops it, and restores the page, when the extension reloads or updates.
 */
export default defineUnlistedScript(() => {
  if (annotatorLoaded()) return;
  markAnnotatorLoaded();
  const ctx = new ContentScriptContext('backstory-annotator');
  const stop = new AbortController();
  ctx.onInvalidated(() => stop.abort());
  const session = new PageSession(document, stop.signal);
  ctx.addEventListener(window, 'wxt:locationchange', () => void session.navigate());
  void session.start();
});
