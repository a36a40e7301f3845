import { onMessage } from '@/utils/messaging';
import { badgeText } from '@/utils/badge';

export default defineBackground(() => {
  // The toolbar badge shows how many highlights the tab's article has.
  onMessage('page-annotated', async ({ stats }, sender) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined || sender.id !== browser.runtime.id) return;
    // MV3 has `action`; the MV2 Firefox build has `browserAction`.
    const action = browser.action ?? browser.browserAction;
    await action.setBadgeText({ tabId, text: badgeText(stats) });
    await action.setBadgeBackgroundColor({ tabId, color: '#3b3d45' });
  });
});
