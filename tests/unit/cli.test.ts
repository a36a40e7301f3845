import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

function annotate(args: string[], input = '') {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/annotate.ts', ...args], { input, encoding: 'utf8' });
  const lines = result.stdout
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  return { status: result.status, lines, stderr: result.stderr };
}

describe('npm run annotate', () => {
  it('annotates JSON Lines, one output line per input, with offsets into the text', () => {
    const text = 'Abbas Araghchi said Iran could agree, officials said.';
    const { status, lines } = annotate([], `${JSON.stringify({ id: 'a', text })}\n`);
    expect(status).toBe(0);
    expect(lines).toHaveLength(1);
    const spans = lines[0]!.spans as Array<{ kind: string; start: number; end: number; text: string; entity?: string; hedge?: string }>;
    expect(lines[0]!.id).toBe('a');
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(spans).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'person', text: 'Abbas Araghchi', entity: 'abbas-araghchi' }),
        expect.objectContaining({ kind: 'country', text: 'Iran', entity: 'iran' }),
        expect.objectContaining({ kind: 'hedge', text: 'officials said', hedge: 'anonymous' }),
      ]),
    );
  });

  it('returns the extracted article text for HTML input', () => {
    const html = `<html><body><nav>Iran news</nav><article>${'<p>Iranian officials said the talks in Oman could resume next week, according to diplomats in the region who follow them.</p>'.repeat(4)}</article></body></html>`;
    const { lines } = annotate([], `${JSON.stringify({ id: 'h', html })}\n`);
    const line = lines[0] as { text: string; spans: Array<{ start: number; end: number; text: string }> };
    expect(line.text).not.toContain('Iran news');
    expect(line.text).toContain('talks in Oman');
    for (const s of line.spans) expect(line.text.slice(s.start, s.end)).toBe(s.text);
  });

  it('gives a clear error line for each bad line, goes on, and exits non-zero', () => {
    const input = ['not json', '[1,2]', '{"id":"n"}', '{"id":"t","text":42}', '{"id":"ok","text":"Iran."}'].join('\n');
    const { status, lines } = annotate([], input);
    expect(status).toBe(1);
    expect(lines).toEqual([
      { id: 'line 1', error: 'line is not valid JSON' },
      { id: 'line 2', error: 'line is not a JSON object' },
      { id: 'n', error: 'no "text" or "html" field' },
      { id: 't', error: '"text" and "html" must be strings' },
      { id: 'ok', spans: [{ kind: 'country', start: 0, end: 4, text: 'Iran', entity: 'iran' }] },
    ]);
  });

  it('annotates files with the path as the id, and reports a missing file', () => {
    const { status, lines } = annotate(['tests/fixtures/pages/wire-article.html', 'no-such-file.txt']);
    expect(status).toBe(1);
    expect(lines[0]).toMatchObject({ id: 'tests/fixtures/pages/wire-article.html' });
    expect((lines[0]!.spans as unknown[]).length).toBeGreaterThan(20);
    expect(lines[1]).toEqual({ id: 'no-such-file.txt', error: 'file not found' });
  });

  it('prints the bundled dataset with --entities', () => {
    const { status, lines } = annotate(['--entities']);
    expect(status).toBe(0);
    expect(lines.some((l) => l.id === 'iran' && l.kind === 'country')).toBe(true);
    expect(lines.some((l) => l.id === 'abbas-araghchi' && l.kind === 'person')).toBe(true);
  });
});

describe('annotateInput', () => {
  it('refuses a document over the size limit with an error line, without reading it', async () => {
    const { annotateInput, loadBundledDataset } = await import('../../scripts/annotate-lib');
    const dataset = await loadBundledDataset();
    expect(annotateInput('big', { text: 'Iran '.repeat(100) }, dataset, 100)).toEqual({
      id: 'big',
      error: 'document too large (500 characters, limit 100)',
    });
    expect(annotateInput('ok', { text: 'Iran.' }, dataset, 100)).toMatchObject({ id: 'ok', spans: [{ kind: 'country' }] });
  });
});
