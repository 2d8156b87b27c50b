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
 * Many quoted words (a dozen quoted module names): anchored at their last character, the quote, whose occurrences are
 * visited by `indexOf`; a cheap look at the character before it (one of the words' next-to-last characters?) comes
 * before comparing the words that end there. Most quotes in code close something else.
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

/** The most words `wordsFinder` anchors together (see there). */
const MAX_ANCHORED_WORDS = 8;
const QUOTES: ReadonlySet<string> = new Set(["'", '"', '`']);

/** How much of a word `wordsFinder` hands to `indexOf`: under the seven characters from which V8 searches slower. */
const NATIVE_SEARCH_LENGTH = 4;

/**
 * A test for words, case-sensitive. Each word is anchored at a rare character; for each anchor character one
 * `indexOf` loop visits its occurrences and compares the words anchored there in place. More than eight words: in
 * groups of eight, or all at their closing quote when each is quoted (`manyWordsFinder`).
 */
function wordsFinder(words: readonly string[]): (text: string) => boolean {
  if (words.length > MAX_ANCHORED_WORDS) {
    if (words.every((word) => QUOTES.has(word[word.length - 1]!))) return manyWordsFinder(words);
    // Other long lists in groups: anchors chosen for many words at once drift to common letters (a shared `e`), where
    // those chosen for a few stay rare. Over the bench corpus, the sixteen messaging SDK names took 207 ms at their
    // last characters, 45 ms in two groups; the page-serving words 140 ms as one group, 48 ms in groups of eight.
    const groups: Array<(text: string) => boolean> = [];
    for (let i = 0; i < words.length; i += MAX_ANCHORED_WORDS) groups.push(wordsFinder(words.slice(i, i + MAX_ANCHORED_WORDS)));
    return (text) => groups.some((find) => find(text));
  }
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

// ---------------------------------------------------------------------------------------------------------------
// One scan for the finders asked of every file

/**
 * Finders asked of (nearly) every file's text (`everyFile`): answered together, from one scan of the text that
 * finds every word of every such finder at once (an Aho-Corasick automaton over ASCII folded to lower case, each
 * occurrence then compared in its case and pattern), instead of one search per finder. Each search of its own visits
 * its anchor character's occurrences; a dozen such searches cost more than one pass that reads each character once
 * (see docs/performance.md).
 */
interface SharedWord {
  /** As written (compared in place where case matters). */
  readonly word: string;
  /** The shared finder the word belongs to (its id, `sharedFinderCount` when it was made). */
  readonly finder: number;
  readonly caseSensitive: boolean;
  /** Sticky: must match at the word's start (`caseFreeWordsFinder`). */
  readonly pattern: RegExp | null;
}

/** How many shared finders there are (each one's id is how many there were before it). */
let sharedFinderCount = 0;
const sharedWords: SharedWord[] = [];

/** Texts shorter than this are searched by each finder alone: a scan answers every finder, so it costs its setup. */
const SHARED_SCAN_MIN_LENGTH = 256;

interface Scanner {
  /**
   * Input class of each ASCII character: 0 for a character in no word; upper-case letters share their lower case's.
   * Every shared word is ASCII (`shared`), so any other code unit is class 0: a 128-byte table where one of every
   * code unit would take 64 kB of the cache between two files' scans.
   */
  readonly classes: Uint8Array;
  readonly classCount: number;
  /**
   * Transitions, by `state * classCount + class`, each the next state times `classCount` (so that the next lookup
   * adds a class to it), written as `-(that) - 1` where the next state ends one or more words. 16-bit where they fit:
   * half the table to keep in the cache (a scan 14 % faster over the bench corpus).
   */
  readonly next: Int16Array | Int32Array;
  /** The words (indices into `sharedWords`) that end in each state, by state times `classCount`. */
  readonly ending: ReadonlyMap<number, readonly number[]>;
}

/** The automaton of `words`: a trie of their folded spellings, completed with the failure links into a table. */
function buildScanner(words: readonly SharedWord[]): Scanner {
  const folded = words.map(({ word }) => word.toLowerCase());
  const classes = new Uint8Array(128);
  let classCount = 1;
  for (const word of folded) for (let i = 0; i < word.length; i++) if (classes[word.charCodeAt(i)] === 0) classes[word.charCodeAt(i)] = classCount++;
  for (let upper = 65; upper <= 90; upper++) classes[upper] = classes[upper + 32]!;
  const children: Int32Array[] = [new Int32Array(classCount).fill(-1)];
  const ends: number[][] = [[]];
  folded.forEach((word, index) => {
    let state = 0;
    for (let i = 0; i < word.length; i++) {
      const c = classes[word.charCodeAt(i)]!;
      if (children[state]![c]! < 0) {
        children[state]![c] = children.length;
        children.push(new Int32Array(classCount).fill(-1));
        ends.push([]);
      }
      state = children[state]![c]!;
    }
    ends[state]!.push(index);
  });
  // Breadth first: each state's failure (its longest proper suffix that is a state) is known before its children.
  const failure = new Int32Array(children.length);
  const queue: number[] = [];
  for (let c = 0; c < classCount; c++) {
    const child = children[0]![c]!;
    if (child < 0) children[0]![c] = 0;
    else queue.push(child);
  }
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head]!;
    ends[state] = [...ends[state]!, ...ends[failure[state]!]!];
    for (let c = 0; c < classCount; c++) {
      const child = children[state]![c]!;
      if (child < 0) children[state]![c] = children[failure[state]!]![c]!;
      else {
        failure[child] = children[failure[state]!]![c]!;
        queue.push(child);
      }
    }
  }
  const size = children.length * classCount;
  const next = size <= 0x8000 ? new Int16Array(size) : new Int32Array(size);
  const ending = new Map<number, readonly number[]>();
  for (let state = 0; state < children.length; state++) {
    if (ends[state]!.length > 0) ending.set(state * classCount, ends[state]!);
    for (let c = 0; c < classCount; c++) {
      const target = children[state]![c]!;
      next[state * classCount + c] = ends[target]!.length > 0 ? -(target * classCount) - 1 : target * classCount;
    }
  }
  return { classes, classCount, next, ending };
}

let scanner: Scanner | null = null;
/** The texts scanned last (a file's text, and its decoded escape regions) and what each holds, by finder id. */
let recent: Array<{ text: string; found: Uint8Array }> = [];

/** Which shared finders find a word in `text`, by id (1: found), from one pass over it (kept for the next asker). */
function scanShared(text: string): Uint8Array {
  for (const entry of recent) if (entry.text === text) return entry.found;
  scanner ??= buildScanner(sharedWords);
  const found = scan(scanner, text);
  recent = [{ text, found }, ...recent.slice(0, 1)];
  return found;
}

/**
 * The pass itself, in a function of its own: with the lookup of `recent` before it in one function, V8 compiled the
 * loop twice as slow in a warm loop over the bench corpus (88 ms against 47; seventy-eighth session). In a lint, where
 * parsing evicts the transition table between files, the pass's sampled time stayed near 88 ms either way.
 */
function scan({ classes, next, ending }: Scanner, text: string): Uint8Array {
  const found = new Uint8Array(sharedFinderCount);
  let state = 0;
  for (let i = 0, length = text.length; i < length; i++) {
    const code = text.charCodeAt(i);
    state = next[state + (code < 128 ? classes[code]! : 0)]!;
    if (state >= 0) continue;
    state = -state - 1;
    for (const index of ending.get(state)!) {
      const { word, finder, caseSensitive, pattern } = sharedWords[index]!;
      if (found[finder] === 1) continue;
      const start = i + 1 - word.length;
      if (caseSensitive && !text.startsWith(word, start)) continue;
      if (pattern !== null) {
        pattern.lastIndex = start;
        if (!pattern.test(text)) continue;
      }
      found[finder] = 1;
    }
  }
  return found;
}

/**
 * `own` (a finder of `words`), answered from the shared scan for texts long enough; words outside ASCII keep their
 * own search.
 */
function shared(words: ReadonlyArray<{ word: string; caseSensitive: boolean; pattern: RegExp | null }>, own: (text: string) => boolean): (text: string) => boolean {
  const ascii = (word: string): boolean => [...word].every((ch) => ch.charCodeAt(0) < 128);
  if (words.some(({ word }) => word === '' || !ascii(word))) return own;
  const finder = sharedFinderCount++;
  for (const { word, caseSensitive, pattern } of words) sharedWords.push({ word, finder, caseSensitive, pattern });
  // A finder made after a scan: the next scan looks for its words too.
  scanner = null;
  recent = [];
  return (text) => (text.length < SHARED_SCAN_MIN_LENGTH ? own(text) : scanShared(text)[finder] === 1);
}

export interface FinderOptions {
  /**
   * Asked of nearly every file's text (a rule's or a shared fact's file-level prefilter): answered from one scan of
   * the text shared with the other such finders. Leave it off for finders asked only after another test passed: the
   * shared scan looks for every shared word in every file.
   */
  everyFile?: boolean;
}

/**
 * A test for words in any ASCII case, each where its pattern (sticky, `y`; null: anywhere) matches at the word's
 * start: the patterns in meaning where each can only match at its word, found at the speed of the words alone. A
 * lookbehind in a pattern reads what precedes the word (`block` with `/(?<=pin[^a-z0-9]*)block/iy`).
 */
export function caseFreeWordsFinder(words: ReadonlyMap<string, RegExp | null>, { everyFile = false }: FinderOptions = {}): (text: string) => boolean {
  for (const pattern of words.values()) if (pattern !== null && !pattern.sticky) throw new Error('caseFreeWordsFinder needs sticky patterns');
  const own = caseFreeFinder(words);
  return everyFile ? shared([...words].map(([word, pattern]) => ({ word, caseSensitive: false, pattern })), own) : own;
}

/**
 * A test for whether a text contains one of `words` (in any ASCII case with `ignoreCase`): `text.includes` /
 * a case-insensitive regular expression in meaning, several times faster on source text. Build it once per word list.
 */
export function textFinder(
  words: readonly string[],
  { ignoreCase = false, everyFile = false }: { ignoreCase?: boolean } & FinderOptions = {},
): (text: string) => boolean {
  if (words.includes('')) return () => true;
  const own = ignoreCase ? caseFreeFinder(new Map(words.map((word) => [word, null]))) : wordsFinder(words);
  return everyFile ? shared(words.map((word) => ({ word, caseSensitive: !ignoreCase, pattern: null })), own) : own;
}
