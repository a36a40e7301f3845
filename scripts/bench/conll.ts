import type { Interval } from './metrics';

export interface ConllEntity extends Interval {
  type: string;
  text: string;
}

export interface ConllDoc {
  text: string;
  entities: ConllEntity[];
}

const NO_SPACE_BEFORE = new Set([',', '.', ';', ':', '!', '?', ')', "'s", "n't", '%', "'"]);
const NO_SPACE_AFTER = new Set(['(', '$']);

/**
 * Reads CoNLL-2003 (token POS chunk tag) into detokenised documents with entity offsets, so the
 * detector sees newswire text as a reader would ("U.S.'s", "Iran, which").
 */
export function parseConll(source: string): ConllDoc[] {
  const docs: ConllDoc[] = [];
  let doc: ConllDoc | undefined;
  let line = '';
  let lineStart = 0;
  let prevToken = '';
  let open: ConllEntity | undefined;
  const closeEntity = () => {
    if (open && doc) doc.entities.push(open);
    open = undefined;
  };
  const endSentence = () => {
    closeEntity();
    if (doc && line) {
      doc.text += (doc.text ? '\n\n' : '') + line;
    }
    line = '';
    prevToken = '';
  };
  for (const raw of source.split('\n')) {
    if (raw.startsWith('-DOCSTART-')) {
      endSentence();
      doc = { text: '', entities: [] };
      docs.push(doc);
      continue;
    }
    if (!raw.trim()) {
      endSentence();
      continue;
    }
    if (!doc) {
      doc = { text: '', entities: [] };
      docs.push(doc);
    }
    if (!line) lineStart = doc.text ? doc.text.length + 2 : 0;
    const [token = '', , , tag = 'O'] = raw.split(' ');
    const space = line && !NO_SPACE_BEFORE.has(token) && !NO_SPACE_AFTER.has(prevToken) ? ' ' : '';
    const start = lineStart + line.length + space.length;
    line += space + token;
    const end = lineStart + line.length;
    const [bio, type] = tag.split('-');
    if (bio === 'O' || !type) closeEntity();
    else if (bio === 'B' || !open || open.type !== type) {
      closeEntity();
      open = { type, start, end, text: token };
    } else {
      open.end = end;
      open.text = line.slice(open.start - lineStart);
    }
    prevToken = token;
  }
  endSentence();
  return docs;
}
