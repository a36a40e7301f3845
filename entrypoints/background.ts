import { badgeText } from '@/utils/badge';
import { mergeCountries, mergeOrganisations, mergePeople } from '@/lib/custom-entities';
import { customEntitiesItem, loadCustomEntities } from '@/utils/custom-entities';
import { bundledDataset, recordsFor, type BundledDataset } from '@/utils/dataset';
import { onMessage, sendToTab } from '@/utils/messaging';

export default defineBackground(() => {
  const fromThisExtension = (sender: { id?: string }) => sender.id === browser.runtime.id;

  // The toolbar badge shows how many highlights the tab's article has.
  onMessage('page-annotated', async ({ stats }, sender) => {
    const tabId = sender.tab?.id;
    const counts = [stats?.people, stats?.countries, stats?.hedges];
    if (tabId === undefined || !fromThisExtension(sender) || !counts.every((n) => Number.isInteger(n) && (n as number) >= 0)) return;
    // MV3 has `action`; the MV2 Firefox build has `browserAction`.
    const action = browser.action ?? browser.browserAction;
    await action.setBadgeText({ tabId, text: badgeText(stats) });
    await action.setBadgeBackgroundColor({ tabId, color: '#3b3d45' });
  });

  // The content script found an article: inject the annotator into that frame.
  onMessage('inject-annotator', async (_, sender) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined || !fromThisExtension(sender)) return false;
    const frameId = sender.frameId ?? 0;
    if (import.meta.env.MANIFEST_VERSION === 2) await browser.tabs.executeScript(tabId, { file: '/annotator.js', frameId });
    else await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: ['/annotator.js'] });
    return true;
  });

  // The keyboard shortcut hides or shows every highlight on the current page.
  browser.commands?.onCommand.addListener(async (command) => {
    if (command !== 'toggle-highlights') return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id !== undefined) await sendToTab(tab.id, 'toggle-page', {}).catch(() => undefined);
  });

  // Cards in the page and the popup ask for the few records they show; the full dataset stays
  // here. The bundled people merged with the reader's own are kept until the reader's change, so a
  // request (on the popup's critical path) does not rebuild them. The same holds for the
  // reader's organisations and the card text they gave bundled countries.
  const bundled = bundledDataset();
  let dataset: Promise<BundledDataset> | undefined;
  customEntitiesItem.watch(() => (dataset = undefined));
  onMessage('get-records', async ({ ids }, sender) => {
    const valid = fromThisExtension(sender) && Array.isArray(ids) && ids.every((id) => typeof id === 'string');
    if (!valid) return { people: [], countries: [], organisations: [] };
    dataset ??= loadCustomEntities().then((custom) => ({
      people: mergePeople(bundled.people, custom),
      countries: mergeCountries(bundled.countries, custom),
      organisations: mergeOrganisations(bundled.organisations, custom),
    }));
    return recordsFor(await dataset, ids);
  });
});
