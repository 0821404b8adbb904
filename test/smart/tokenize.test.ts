/** The analyser's tokenizer scans character codes; it gives the tokens of the regular expression it replaced. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../shared/smart/analyser';

/** The tokenizer before the speed-up (issue 13), with the end of each token added. */
function byRegex(text: string) {
  const TOKEN = /([A-Za-z][A-Za-z'’-]*)|(\d[\d,.]*%?)|([.;:!?,()\n])/g;
  const out: { w: string; num: boolean; clause: boolean; end: number }[] = [];
  let clause = true;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    if (m[3]) {
      clause = true;
      continue;
    }
    out.push({ w: (m[1] ?? m[2]).toLowerCase(), num: !!m[2], clause, end: m.index + m[0].length });
    clause = false;
  }
  return out;
}

const CHARS = "aZq xY09,.;:!?()\n\t'’-%$/éİ\u212a😀".split('');

describe('tokenize', () => {
  it('gives the tokens of the regular expression on text of the characters that matter', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...CHARS), { maxLength: 40 }).map((a) => a.join('')), (t) => {
      expect(tokenize(t)).toEqual(byRegex(t));
    }), { numRuns: 20000 });
  });
  it('and on any text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (t) => {
      expect(tokenize(t)).toEqual(byRegex(t));
    }), { numRuns: 5000 });
  });
});
