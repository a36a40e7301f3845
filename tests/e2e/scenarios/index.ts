import type { Driver } from '../driver';
import { accessibilityScenario } from './accessibility';
import { articleScenarios } from './article';
import { customEntitiesScenario } from './custom-entities';
import { fixturePageScenarios } from './fixture-pages';
import { networkScenario } from './network';
import { popupScenarios } from './popup';
import { popupStateScenarios } from './popup-states';
import { presetsScenario } from './presets';
import { restlessScenario } from './restless';
import { spaScenario } from './spa';

/**
 * An end-to-end scenario: a plain async function of a browser-neutral Driver that throws on
 * failure. Every scenario runs in Chromium and in Firefox (tests/e2e/extension.spec.ts).
 */
export interface Scenario {
  name: string;
  run(driver: Driver): Promise<void>;
}

export function allScenarios(): Scenario[] {
  return [
    ...articleScenarios,
    ...fixturePageScenarios(),
    networkScenario,
    ...popupScenarios,
    ...popupStateScenarios,
    accessibilityScenario,
    spaScenario,
    restlessScenario,
    presetsScenario,
    customEntitiesScenario,
  ];
}
