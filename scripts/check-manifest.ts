/**
 * Checks the built manifests after `npm run build && npm run build:firefox` (part of `npm test`):
 *   npx tsx scripts/check-manifest.ts [--chrome DIR] [--firefox DIR]
 *
 * - Chrome (.output/chrome-mv3): MV3; exactly the permissions and host permissions justified
 *   below, nothing optional, no web-accessible resources; a strict CSP for extension pages;
 *   icons in every size Chrome and the Web Store ask for (16, 32, 48, 128), real PNGs of that
 *   size; no Firefox-only keys.
 * - Firefox (.output/firefox-mv2), when built: the same permissions and CSP; the stable add-on id;
 *   the data-collection declaration ("none"); a strict_min_version that reads it; then
 *   `web-ext lint`, which must report no errors and only the warnings explained in README
 *   ("Firefox").
 * Prints one line per check and exits 1 if any fails.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { GECKO_ID } from './firefox';

/** Every permission the extension holds, and why (README, "Permissions"). */
const JUSTIFIED_PERMISSIONS: Record<string, string> = {
  storage: 'the reader’s People / Countries / Hedges switches',
  scripting: 'the background injects the annotator into pages the small content script found to be articles',
};
const JUSTIFIED_HOSTS: Record<string, string> = {
  'http://*/*': 'news articles on any site (the content script and the injected annotator)',
  'https://*/*': 'news articles on any site (the content script and the injected annotator)',
};
const ICON_SIZES = [16, 32, 48, 128];
/** First Firefox that reads browser_specific_settings.gecko.data_collection_permissions. */
const MIN_FIREFOX = 140;
/** The CSP every extension page must have, directive by directive. */
const REQUIRED_CSP: Record<string, string> = {
  'script-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'none'",
  'form-action': "'none'",
  'frame-ancestors': "'none'",
  'connect-src': "'self'",
};
/**
 * web-ext lint warnings that are understood (README, "Firefox"): Preact's renderer contains the
 * code path for `dangerouslySetInnerHTML`; Backstory never uses that prop (ESLint forbids it), so
 * the assignment never runs. Recognised by the code around the reported position.
 */
const EXPLAINED_WARNINGS: Array<{ code: string; why: string; matches: (context: string) => boolean }> = [
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    why: 'Preact’s dangerouslySetInnerHTML path (never used)',
    matches: (context) => context.includes('dangerouslySetInnerHTML') && context.includes('.__html'),
  },
];

type Manifest = Record<string, unknown> & {
  manifest_version?: number;
  permissions?: string[];
  host_permissions?: string[];
  optional_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: Array<{ matches?: string[] }>;
  icons?: Record<string, string>;
  content_security_policy?: string | { extension_pages?: string };
  browser_specific_settings?: {
    gecko?: { id?: string; strict_min_version?: string; data_collection_permissions?: { required?: string[]; optional?: string[] } };
    gecko_android?: { strict_min_version?: string };
  };
};

const results: Array<{ ok: boolean; line: string }> = [];
function check(ok: boolean, line: string, detail?: string): void {
  results.push({ ok, line: ok || !detail ? line : `${line}: ${detail}` });
}

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');

function readManifest(dir: string): Manifest {
  return JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
}

function parseCsp(csp: string): Record<string, string> {
  const directives: Record<string, string> = {};
  for (const part of csp.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) directives[name] = values.join(' ');
  }
  return directives;
}

function checkCsp(label: string, csp: string | undefined): void {
  if (!csp) return check(false, `${label}: a content_security_policy for extension pages`, 'missing');
  const directives = parseCsp(csp);
  const wrong = Object.entries(REQUIRED_CSP)
    .filter(([name, value]) => directives[name] !== value)
    .map(([name, value]) => `${name} is ${directives[name] === undefined ? 'missing' : `"${directives[name]}"`}, expected ${value}`);
  if (/'unsafe-(eval|inline)'|https?:|\*/.test(csp)) wrong.push('allows unsafe-eval/unsafe-inline or remote sources');
  check(wrong.length === 0, `${label}: strict CSP for extension pages (${csp})`, wrong.join('; '));
}

/** Width and height from a PNG's IHDR chunk, or undefined if the file is not a PNG. */
function pngSize(file: string): { width: number; height: number } | undefined {
  const data = readFileSync(file);
  const signature = '89504e470d0a1a0a';
  if (data.length < 24 || data.subarray(0, 8).toString('hex') !== signature || data.subarray(12, 16).toString('ascii') !== 'IHDR')
    return undefined;
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}

function checkIcons(label: string, dir: string, manifest: Manifest): void {
  const icons = manifest.icons ?? {};
  const problems: string[] = [];
  for (const size of ICON_SIZES) {
    const path = icons[String(size)];
    if (!path) {
      problems.push(`no ${size}px icon`);
      continue;
    }
    const file = join(dir, path);
    const found = existsSync(file) ? pngSize(file) : undefined;
    if (!found) problems.push(`${path} is missing or not a PNG`);
    else if (found.width !== size || found.height !== size) problems.push(`${path} is ${found.width}×${found.height}, not ${size}×${size}`);
  }
  check(problems.length === 0, `${label}: icons ${ICON_SIZES.join(', ')} px`, problems.join('; '));
}

function checkPermissions(label: string, manifest: Manifest, apiPermissions: string[], hostPermissions: string[]): void {
  const justified = Object.keys(JUSTIFIED_PERMISSIONS);
  check(
    sameSet(apiPermissions, justified),
    `${label}: permissions exactly ${justified.join(', ')}`,
    `found ${apiPermissions.join(', ') || 'none'}`,
  );
  const hosts = Object.keys(JUSTIFIED_HOSTS);
  check(
    sameSet(hostPermissions, hosts),
    `${label}: host permissions exactly ${hosts.join(', ')}`,
    `found ${hostPermissions.join(', ') || 'none'}`,
  );
  const optional = [...(manifest.optional_permissions ?? []), ...(manifest.optional_host_permissions ?? [])];
  check(optional.length === 0, `${label}: no optional permissions`, `found ${optional.join(', ')}`);
  const matches = (manifest.content_scripts ?? []).flatMap((c) => c.matches ?? []);
  const unjustified = matches.filter((m) => !hosts.includes(m));
  check(unjustified.length === 0, `${label}: content scripts only where host permissions allow`, `found ${unjustified.join(', ')}`);
  check(manifest.web_accessible_resources === undefined, `${label}: no web-accessible resources`, 'pages could load extension files');
  check(manifest.externally_connectable === undefined, `${label}: no externally_connectable`, 'web pages could message the extension');
}

function checkChrome(dir: string): void {
  const label = 'chrome';
  const manifest = readManifest(dir);
  check(manifest.manifest_version === 3, `${label}: manifest_version 3`, `found ${manifest.manifest_version}`);
  checkPermissions(label, manifest, manifest.permissions ?? [], manifest.host_permissions ?? []);
  const csp = manifest.content_security_policy;
  checkCsp(label, typeof csp === 'object' ? csp.extension_pages : undefined);
  checkIcons(label, dir, manifest);
  check(manifest.browser_specific_settings === undefined, `${label}: no Firefox-only keys`, 'browser_specific_settings is present');
}

function checkFirefox(dir: string): void {
  const label = 'firefox';
  const manifest = readManifest(dir);
  check(manifest.manifest_version === 2, `${label}: manifest_version 2 (README, "Firefox")`, `found ${manifest.manifest_version}`);
  // MV2 lists host permissions among the permissions.
  const all = manifest.permissions ?? [];
  const isHost = (p: string) => p.includes('://') || p === '<all_urls>';
  checkPermissions(
    label,
    manifest,
    all.filter((p) => !isHost(p)),
    all.filter(isHost),
  );
  const csp = manifest.content_security_policy;
  checkCsp(label, typeof csp === 'string' ? csp : undefined);
  checkIcons(label, dir, manifest);
  const gecko = manifest.browser_specific_settings?.gecko;
  check(gecko?.id === GECKO_ID, `${label}: add-on id ${GECKO_ID}`, `found ${gecko?.id}`);
  const required = gecko?.data_collection_permissions?.required ?? [];
  check(
    sameSet(required, ['none']) && !gecko?.data_collection_permissions?.optional?.length,
    `${label}: data_collection_permissions required ["none"]`,
  );
  const min = Number.parseFloat(gecko?.strict_min_version ?? '0');
  check(
    min >= MIN_FIREFOX,
    `${label}: strict_min_version ≥ ${MIN_FIREFOX} (reads data_collection_permissions)`,
    `found ${gecko?.strict_min_version}`,
  );
  lintFirefox(dir);
}

interface LintMessage {
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}

function lintFirefox(dir: string): void {
  const webExt = resolve('node_modules/.bin/web-ext');
  let output: string;
  try {
    output = execFileSync(webExt, ['lint', '--source-dir', dir, '--output=json', '--no-config-discovery'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (error) {
    // web-ext lint exits non-zero when there are errors; the JSON report is still on stdout.
    output = (error as { stdout?: string }).stdout ?? '';
  }
  let report: { errors: LintMessage[]; warnings: LintMessage[]; notices: LintMessage[] };
  try {
    report = JSON.parse(output) as typeof report;
  } catch {
    return check(false, 'firefox: web-ext lint', `no report (${output.slice(0, 200) || 'no output'})`);
  }
  const where = (m: LintMessage) => `${m.code} ${m.file ?? ''}${m.line ? `:${m.line}:${m.column ?? 0}` : ''} ${m.message}`;
  check(report.errors.length === 0, `firefox: web-ext lint, ${report.errors.length} errors`, report.errors.map(where).join('; '));
  const unexplained: string[] = [];
  const explained: string[] = [];
  for (const warning of report.warnings) {
    const context = warning.file && warning.line ? around(join(dir, warning.file), warning.line, warning.column ?? 0) : '';
    const reason = EXPLAINED_WARNINGS.find((e) => e.code === warning.code && e.matches(context));
    if (reason) explained.push(`${warning.file}: ${reason.why}`);
    else unexplained.push(where(warning));
  }
  check(
    unexplained.length === 0,
    `firefox: web-ext lint, ${report.warnings.length} warnings, all explained${explained.length ? ` (${explained.join('; ')})` : ''}`,
    `unexplained: ${unexplained.join('; ')} — fix them, or explain them in README ("Firefox") and here`,
  );
}

/** A few hundred characters of `file` around line:column (bundles are long single lines). */
function around(file: string, line: number, column: number): string {
  if (!existsSync(file)) return '';
  const text = readFileSync(file, 'utf8').split('\n')[line - 1] ?? '';
  return text.slice(Math.max(0, column - 400), column + 400);
}

function main(): void {
  const args = process.argv.slice(2);
  const option = (name: string, fallback: string) => {
    const index = args.indexOf(name);
    return resolve(index >= 0 ? (args[index + 1] ?? fallback) : fallback);
  };
  const chrome = option('--chrome', '.output/chrome-mv3');
  const firefox = option('--firefox', '.output/firefox-mv2');
  if (!existsSync(join(chrome, 'manifest.json'))) {
    console.error(`No Chrome build in ${chrome}: run \`npm run build\` first.`);
    process.exit(1);
  }
  checkChrome(chrome);
  if (existsSync(join(firefox, 'manifest.json'))) checkFirefox(firefox);
  else console.log(`firefox: no build in ${firefox} (npm run build:firefox), not checked`);
  for (const { ok, line } of results) console.log(`${ok ? 'ok  ' : 'FAIL'} ${line}`);
  const failed = results.filter((r) => !r.ok).length;
  console.log(`manifest check: ${results.length - failed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

main();
