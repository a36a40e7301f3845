import { describe, expect, it } from 'vitest';
import { detect, prepareDetection } from '@/lib/detect';
import { hedgePattern, hedgeScanText } from '@/lib/detectors/hedges';
import { HEDGE_PATTERNS } from '@/lib/lexicon/hedges';
import { HEDGE_CATEGORIES } from '@/lib/types';
import { TINY_INDEX } from './tiny-dataset';

const hedges = (text: string) =>
  detect(text, TINY_INDEX)
    .filter((s) => s.kind === 'hedge')
    .map((s) => [text.slice(s.start, s.end), s.hedge]);

describe('hedges detector', () => {
  it('tags each of the six categories', () => {
    expect(hedges('The plan could change, officials said.')).toEqual([
      ['could change', 'unconfirmed'],
      ['officials said', 'anonymous'],
    ]);
    expect(hedges('He spoke on condition of anonymity.')).toEqual([['on condition of anonymity', 'anonymous']]);
    expect(hedges('The ministry did not immediately respond to a request for comment.')).toEqual([
      ['did not immediately respond to a request for comment', 'no-response'],
    ]);
    expect(hedges('A spokesman declined to comment.')).toEqual([['declined to comment', 'no-response']]);
    expect(hedges('The deal has not yet been confirmed.')).toEqual([['has not yet been confirmed', 'unconfirmed']]);
    expect(hedges('Prices might rise, according to the bank.')).toEqual([
      ['might', 'speculation'],
      ['according to', 'claim'],
    ]);
    expect(hedges('Critics say the talks are stalled.')).toEqual([['Critics say', 'vague']]);
  });

  it('handles negation and inflection', () => {
    expect(hedges('They didn’t respond. It was not confirmed. She insisted.').map(([, c]) => c)).toEqual([
      'no-response',
      'unconfirmed',
      'claim',
    ]);
  });

  it('finds "people familiar with" the matter', () => {
    expect(hedges('according to three people familiar with the matter')).toEqual([
      ['according to', 'claim'],
      ['three people familiar with', 'anonymous'],
    ]);
  });

  it('never swallows a country or a person into a hedge', () => {
    expect(detect('Iranian officials said so.', TINY_INDEX).map((s) => s.kind)).toEqual(['country', 'hedge']);
    expect(hedges('Two US officials said so.')).toEqual([['officials said', 'anonymous']]);
  });

  it('does not read May the month or the name as a hedge', () => {
    expect(hedges('Talks began in May and Theresa May spoke. May 4 was quiet.')).toEqual([]);
    expect(hedges('It may rain. May the talks succeed.')).toEqual([
      ['may', 'speculation'],
      ['May', 'speculation'],
    ]);
  });

  it('does not read "could" of past ability as a hedge', () => {
    expect(hedges('From the roof she could see the border.')).toEqual([]);
  });

  it('does not treat a named source as anonymous', () => {
    expect(hedges('Araghchi said the talks were useful.')).toEqual([]);
  });

  it('does not match inside longer words', () => {
    expect(hedges('The mayhem and the couldron.')).toEqual([]);
  });

  it('has patterns for every category', () => {
    for (const category of HEDGE_CATEGORIES) expect(HEDGE_PATTERNS[category].length).toBeGreaterThan(0);
  });

  it('reads the words before "officials said" back from it, and keeps the anonymous category', () => {
    expect(hedges('Some senior diplomats said the deal was close.')).toEqual([['Some senior diplomats said', 'anonymous']]);
    expect(hedges('Two U.N. sources told reporters; the officials said little.')).toEqual([
      ['Two U.N. sources told', 'anonymous'],
      ['officials said', 'anonymous'],
    ]);
  });
});

describe('the text hedge patterns read', () => {
  /** What hedgeScanText must return: ASCII capitals lowered, spaces and apostrophes normalised, the length kept. */
  const expected = (text: string) =>
    text.replace(/[A-Z]|[\t\r\u00a0\u2009\u202f]|\u2019|(?<!\n)\n(?!\n)/g, (c) => {
      if (c === '\u2019') return "'";
      const code = c.charCodeAt(0);
      return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : ' ';
    });

  it.each([
    'Officials SAID the talks\nmight resume.\n\nIt’s unclear\u00a0when.',
    'İstanbul officials said Ça could change',
    'Ǆ ǅ ǆ ΣΑΣ Москва\tsaid\r\n',
    'It is li\u212aely, the Kelvin sign is no K',
    '',
  ])('lowers ASCII capitals only where it must, keeps offsets: %j', (text) => {
    const scan = hedgeScanText(text);
    expect(scan.length).toBe(text.length);
    // Letters beyond ASCII may change case (no pattern reads them); everything else must be the same.
    const ascii = (s: string) => Array.from(s, (c) => (c.charCodeAt(0) < 0x80 ? c : '?')).join('');
    expect(ascii(scan)).toBe(ascii(expected(text)));
  });
});

describe('preparing the detectors ahead of the text', () => {
  it('changes nothing detect() finds, and can run more than once', () => {
    const text = 'Two officials said the talks could resume, though it is unclear whether Iran would attend.';
    const before = detect(text, TINY_INDEX);
    prepareDetection();
    prepareDetection();
    expect(detect(text, TINY_INDEX)).toEqual(before);
    expect(hedgePattern().lastIndex).toBe(0);
  });
});
