import { test } from './fixtures';
import { allScenarios } from './scenarios';

// Each project in playwright.config.ts (chromium, firefox) runs every scenario with its own Driver.
for (const scenario of allScenarios()) {
  test(scenario.name, async ({ driver }) => {
    await scenario.run(driver);
  });
}
