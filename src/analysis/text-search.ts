/**
 * Fast search of source text for fixed words, for file-level prefilters: each word is anchored at a rare character
 * (by measured frequency in source code; words share an anchor where they can) and found by `indexOf` of that
 * character, then compared in place. `indexOf` skips quickly to a rare character; a regular expression, or `includes`
 * of a word that starts with a common character, stops at almost every position.
 */

/**
 * Characters by how often they occur in JavaScript / TypeScript source, most common first (measured on the bench
 * corpus, 18.5 MB); anything not listed is rarer still. `indexOf` is fastest when the searched text starts with a rare
 * character: the engine skips to candidates by that character.
 */
const COMMON_CHARACTERS = ' etrnaosi\nlcudp.mh()fy=,g-b;/{}\'*vEw:S"TC_OxRkNAqMPIj`DL1[]>FUB&0@$|?!HQVK2+zWG<#\\4JY358X6\t79Z%^~';
const commonness = (ch: string): number => {
  const at = COMMON_CHARACTERS.indexOf(ch);
  return at < 0 ? -1 : COMMON_CHARACTERS.length - at;
};

/**
 * Many words (a dozen quoted module names): anchored at their last character, whose occurrences are visited by
 * `indexOf`; a cheap look at the character before it (one of the words' next-to-last characters?) comes before
 * comparing the words that end there. Quoted names end at a quote, and most quotes in code close something else.
 */
function manyWordsFinder(words: readonly string[]): (text: string) => boolean {
  const byLast = new Map<string, { before: Set<number>; words: string[] }>();
  for (const word of words) {
    const last = word[word.length - 1]!;
    const group = byLast.get(last) ?? { before: new Set<number>(), words: [] };
    group.before.add(word.length > 1 ? word.charCodeAt(word.length - 2) : -1);
    group.words.push(word);
    byLast.set(last, group);
  }
  const groups = [...byLast].map(([last, { before, words: ending }]) => ({ last, anyBefore: before.has(-1), before, ending }));
  return (text) => {
    for (const { last, anyBefore, before, ending } of groups) {
      for (let at = text.indexOf(last); at >= 0; at = text.indexOf(last, at + 1)) {
        if (!anyBefore && !before.has(text.charCodeAt(at - 1))) continue;
        for (const word of ending) if (text.startsWith(word, at + 1 - word.length)) return true;
      }
    }
    return false;
  };
}

/** How much of a word `wordsFinder` hands to `indexOf`: under the seven characters from which V8 searches slower. */
const NATIVE_SEARCH_LENGTH = 4;

/**
 * A test for words, case-sensitive. Each word is anchored at a rare character; for each anchor character one
 * `indexOf` loop visits its occurrences and compares the words anchored there in place. Many words share anchors that
 * would be common characters: `manyWordsFinder`.
 */
function wordsFinder(words: readonly string[]): (text: string) => boolean {
  if (words.length > 8) return manyWordsFinder(words);
  // Anchors chosen greedily: the character with the least commonness per word containing it, until every word has
  // one (`constructEvent`, `parseEventNotification` and `parseThinEvent` share one loop over `E`).
  const byAnchor = new Map<string, { word: string; offset: number }[]>();
  const remaining = new Set(words);
  while (remaining.size > 0) {
    const containing = new Map<string, number>();
    for (const word of remaining) for (const ch of new Set(word)) containing.set(ch, (containing.get(ch) ?? 0) + 1);
    let anchor = '';
    let best = Infinity;
    for (const [ch, count] of containing) {
      const score = (commonness(ch) + 2) / count;
      if (score < best) [anchor, best] = [ch, score];
    }
    const anchored = [...remaining].filter((word) => word.includes(anchor)).map((word) => ({ word, offset: word.indexOf(anchor) }));
    for (const { word } of anchored) remaining.delete(word);
    byAnchor.set(anchor, anchored);
  }
  // A word alone at its anchor is searched natively from there on (`indexOf` of at most four characters of its tail),
  // the rest compared in place. V8 searches a string of seven characters or more with Boyer-Moore-Horspool, a loop
  // over the text that is three times slower on source text than its search of a short string, which skips to the
  // first character's occurrences (`memchr`): `indexOf('k_test_')` took 12.5 ms over the bench corpus, `indexOf('k_te')`
  // and a comparison at each of its occurrences 4 ms.
  // Several words at one anchor: the character after it (-1: a word ends there) is looked at before the words.
  const groups = [...byAnchor].map(([anchor, anchored]) =>
    anchored.length === 1
      ? { anchor: anchored[0]!.word.slice(anchored[0]!.offset, anchored[0]!.offset + NATIVE_SEARCH_LENGTH), anchored, next: null }
      : { anchor, anchored, next: new Set(anchored.map(({ word, offset }) => (offset + 1 < word.length ? word.charCodeAt(offset + 1) : -1))) },
  );
  return (text) => {
    for (const { anchor, anchored, next } of groups) {
      const anyNext = next === null || next.has(-1);
      for (let at = text.indexOf(anchor); at >= 0; at = text.indexOf(anchor, at + 1)) {
        if (!anyNext && !next.has(text.charCodeAt(at + 1))) continue;
        for (const { word, offset } of anchored) if (text.startsWith(word, at - offset)) return true;
      }
    }
    return false;
  };
}

/** A character's commonness in either ASCII case: the cost of an `indexOf` loop over both. */
const caseFreeCommonness = (ch: string): number => Math.max(commonness(ch.toLowerCase()), commonness(ch.toUpperCase()));
/** `word` (lower case) sits at `start` of `text`, ASCII letters compared in either case. */
function matchesCaseFree(text: string, word: string, start: number): boolean {
  if (start < 0 || start + word.length > text.length) return false;
  for (let i = 0; i < word.length; i++) {
    const want = word.charCodeAt(i);
    const got = text.charCodeAt(start + i);
    if (got !== want && !(want >= 97 && want <= 122 && got === want - 32)) return false;
  }
  return true;
}

/**
 * A test for words in any ASCII case: each word is anchored at its rarest character, words with the same anchor
 * share its `indexOf` loops (one per case), and each occurrence is compared around the anchor case-free. A word with a
 * pattern counts only where the pattern (sticky) matches at the word's start.
 */
function caseFreeFinder(words: ReadonlyMap<string, RegExp | null>): (text: string) => boolean {
  const byAnchor = new Map<string, Array<{ word: string; offset: number; pattern: RegExp | null }>>();
  for (const [written, pattern] of words) {
    const word = written.toLowerCase();
    let offset = 0;
    for (let i = 1; i < word.length; i++) if (caseFreeCommonness(word[i]!) < caseFreeCommonness(word[offset]!)) offset = i;
    const anchored = byAnchor.get(word[offset]!) ?? [];
    anchored.push({ word, offset, pattern });
    byAnchor.set(word[offset]!, anchored);
  }
  const loops = [...byAnchor].flatMap(([anchor, anchored]) => [...new Set([anchor, anchor.toUpperCase()])].map((ch) => ({ anchor: ch, anchored })));
  return (text) => {
    for (const { anchor, anchored } of loops) {
      for (let at = text.indexOf(anchor); at >= 0; at = text.indexOf(anchor, at + 1)) {
        for (const { word, offset, pattern } of anchored) {
          const start = at - offset;
          if (!matchesCaseFree(text, word, start)) continue;
          if (pattern === null) return true;
          pattern.lastIndex = start;
          if (pattern.test(text)) return true;
        }
      }
    }
    return false;
  };
}

/**
 * A test for words in any ASCII case, each where its pattern (sticky, `y`; null: anywhere) matches at the word's
 * start: the patterns in meaning where each can only match at its word, found at the speed of the words alone. A
 * lookbehind in a pattern reads what precedes the word (`block` with `/(?<=pin[^a-z0-9]*)block/iy`).
 */
export function caseFreeWordsFinder(words: ReadonlyMap<string, RegExp | null>): (text: string) => boolean {
  for (const pattern of words.values()) if (pattern !== null && !pattern.sticky) throw new Error('caseFreeWordsFinder needs sticky patterns');
  return caseFreeFinder(words);
}

/**
 * A test for whether a text contains one of `words` (in any ASCII case with `ignoreCase`): `text.includes` /
 * a case-insensitive regular expression in meaning, several times faster on source text. Build it once per word list.
 */
export function textFinder(words: readonly string[], { ignoreCase = false }: { ignoreCase?: boolean } = {}): (text: string) => boolean {
  if (words.includes('')) return () => true;
  return ignoreCase ? caseFreeFinder(new Map(words.map((word) => [word, null]))) : wordsFinder(words);
}
