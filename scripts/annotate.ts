/**
 * The command-line annotator (DESIGN.md, "Contracts"): the same core as the extension, over
 * JSON Lines on standard input or over .txt/.html files.
 *   npm run -s annotate -- [files…]      one output line per input
 *   npm run -s annotate -- --entities    the bundled dataset as JSON Lines
 */
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { annotateInput, datasetLines, loadBundledDataset, type OutputLine } from './annotate-lib';

const USAGE = `usage: npm run -s annotate -- [--entities] [files…]
  With no files, reads JSON Lines from standard input: {"id": "...", "text": "..."} or {"id": "...", "html": "..."}.
  With files (.txt, .html), annotates each, with its path as the id.
  --entities   prints the bundled dataset as JSON Lines.`;

async function main(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  const unknown = args.filter((a) => a.startsWith('-') && a !== '--entities');
  if (unknown.length) {
    console.error(`unknown option ${unknown.join(' ')}\n${USAGE}`);
    return 2;
  }
  const dataset = await loadBundledDataset();
  if (args.includes('--entities')) {
    for (const line of datasetLines(dataset)) write(line);
    return 0;
  }
  let failed = 0;
  const emit = (line: OutputLine) => {
    if ('error' in line) failed++;
    write(line);
  };
  const files = args.filter((a) => !a.startsWith('-'));
  if (files.length) {
    for (const path of files) {
      const content = await readFile(path, 'utf8').catch(
        (e: NodeJS.ErrnoException) => new Error(e.code === 'ENOENT' ? 'file not found' : e.message),
      );
      if (content instanceof Error) emit({ id: path, error: content.message });
      else emit(annotateInput(path, /\.html?$/i.test(path) ? { html: content } : { text: content }, dataset));
    }
  } else {
    let lineNumber = 0;
    for await (const raw of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
      lineNumber++;
      if (!raw.trim()) continue;
      emit(annotateLine(raw, lineNumber, dataset));
    }
  }
  return failed ? 1 : 0;
}

function annotateLine(raw: string, lineNumber: number, dataset: Parameters<typeof annotateInput>[2]): OutputLine {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { id: `line ${lineNumber}`, error: 'line is not valid JSON' };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    return { id: `line ${lineNumber}`, error: 'line is not a JSON object' };
  const doc = parsed as Record<string, unknown>;
  const id = typeof doc.id === 'string' || typeof doc.id === 'number' ? String(doc.id) : `line ${lineNumber}`;
  if (typeof doc.text === 'string') return annotateInput(id, { text: doc.text }, dataset);
  if (typeof doc.html === 'string') return annotateInput(id, { html: doc.html }, dataset);
  if ('text' in doc || 'html' in doc) return { id, error: '"text" and "html" must be strings' };
  return { id, error: 'no "text" or "html" field' };
}

function write(line: unknown): void {
  process.stdout.write(`${JSON.stringify(line)}\n`);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 2;
  },
);
