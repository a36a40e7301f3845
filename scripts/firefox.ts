import { existsSync } from 'node:fs';

/**
 * Firefox for the end-to-end tests: Debian's firefox-esr, or the binary FIREFOX_PATH names.
 * Playwright's own Firefox is a patched build that can't be downloaded here; a stock Firefox is
 * driven over WebDriver BiDi with puppeteer-core instead (tests/e2e/drivers/firefox.ts).
 */
export function firefoxPath(): string | undefined {
  const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].filter((p): p is string => !!p);
  return candidates.find((p) => existsSync(p));
}

export function firefoxLookedAt(): string {
  return [
    process.env.FIREFOX_PATH ? `$FIREFOX_PATH (${process.env.FIREFOX_PATH})` : '$FIREFOX_PATH',
    '/usr/bin/firefox-esr',
    '/usr/bin/firefox',
  ].join(', ');
}

/** The add-on id in the Firefox build's manifest (wxt.config.ts); stable, so storage survives updates. */
export const GECKO_ID = 'backstory@backstory.invalid';

/**
 * Environment for a test Firefox: MOZ_DISABLE_NONLOCAL_CONNECTIONS makes any connection to a
 * non-local address fail (release builds otherwise keep looking up remote-settings hosts).
 */
export function offlineFirefoxEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined) env[key] = value;
  return { ...env, MOZ_DISABLE_NONLOCAL_CONNECTIONS: '1', MOZ_CRASHREPORTER_DISABLE: '1', MOZ_CRASHREPORTER: '0' };
}

/**
 * Preferences that keep a test Firefox quiet and off the network, on top of the ones
 * puppeteer-core already sets (safe browsing, add-on updates, health report, new-tab feeds).
 */
export const OFFLINE_PREFS: Record<string, string | number | boolean> = {
  // Updates: application, add-ons, system add-ons, media plugins, search engines.
  'app.update.auto': false,
  'app.update.enabled': false,
  'extensions.update.enabled': false,
  'extensions.systemAddon.update.enabled': false,
  'extensions.blocklist.enabled': false,
  'extensions.getAddons.cache.enabled': false,
  'media.gmp-manager.updateEnabled': false,
  'browser.search.update': false,
  // Telemetry, studies, experiments, region lookup.
  'toolkit.telemetry.enabled': false,
  'toolkit.telemetry.unified': false,
  'toolkit.telemetry.archive.enabled': false,
  'toolkit.telemetry.server': '',
  'datareporting.policy.dataSubmissionEnabled': false,
  'datareporting.healthreport.uploadEnabled': false,
  'app.normandy.enabled': false,
  'app.shield.optoutstudies.enabled': false,
  'messaging-system.rsexperimentloader.enabled': false,
  'browser.region.update.enabled': false,
  'browser.region.network.url': '',
  'browser.discovery.enabled': false,
  'browser.topsites.contile.enabled': false,
  'browser.newtabpage.activity-stream.feeds.topsites': false,
  'identity.fxaccounts.enabled': false,
  // Remote settings, certificate revocation fetches.
  'services.settings.server': 'data:,#remote-settings-off',
  'security.OCSP.enabled': 0,
  'security.remote_settings.crlite_filters.enabled': false,
  'security.remote_settings.intermediates.enabled': false,
  // Connectivity and captive-portal checks.
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'captivedetect.canonicalURL': '',
  // Safe browsing (lists and lookups).
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'browser.safebrowsing.downloads.enabled': false,
  'browser.safebrowsing.downloads.remote.enabled': false,
  'browser.safebrowsing.blockedURIs.enabled': false,
  'browser.safebrowsing.provider.google4.updateURL': '',
  'browser.safebrowsing.provider.mozilla.updateURL': '',
  // DNS prefetch, link prefetch, speculative connections, DNS over HTTPS.
  'network.dns.disablePrefetch': true,
  'network.dns.disablePrefetchFromHTTPS': true,
  'network.prefetch-next': false,
  'network.predictor.enabled': false,
  'network.predictor.enable-prefetch': false,
  'network.http.speculative-parallel-limit': 0,
  'browser.urlbar.speculativeConnect.enabled': false,
  'browser.places.speculativeConnect.enabled': false,
  'network.trr.mode': 5,
};

/**
 * The launch argument that lets WebDriver BiDi open and script moz-extension:// pages (the
 * popup); without it they can't be navigated to.
 */
export const FIREFOX_ARGS = ['--remote-allow-system-access'];

export function noFirefoxMessage(): string {
  return `no Firefox found at ${firefoxLookedAt()}; install with apt-get install -y firefox-esr (or point FIREFOX_PATH at a Firefox binary)`;
}
