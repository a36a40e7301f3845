import { existsSync, readFileSync, writeFileSync } from 'node:fs';

/**
 * Replaces one section of BENCHMARKS.md (between `<!-- name -->` and `<!-- /name -->`) with a
 * table, the command that produced it and today's date, leaving every other section alone.
 */
export function recordSection(name: string, command: string, body: string): void {
  const file = 'BENCHMARKS.md';
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n';
  const date = new Date().toISOString().slice(0, 10);
  const section = `<!-- ${name} -->\nMeasured ${date} with \`${command}\` (Node ${process.version}, ${process.platform}).\n\n${body}\n<!-- /${name} -->`;
  const pattern = new RegExp(`<!-- ${name} -->[\\s\\S]*?<!-- /${name} -->`);
  writeFileSync(file, pattern.test(current) ? current.replace(pattern, section) : `${current.trimEnd()}\n\n${section}\n`);
  console.log(`recorded in ${file}`);
}
