/*
 * anchor.js: find a TextQuoteSelector's words in a text index (see text.js).
 *
 * Why: the service saw a snapshot; the live page differs (re-renders, lazy sections, edited text).
 * Like the Hypothesis client, we try the exact quote first, scoring every occurrence by how well
 * the text around it matches the selector's prefix and suffix (so "40" in "Ranked #1 of 40" is not
 * taken for the "40" of "40 enterprise accounts"); when the exact words are gone we look for the
 * closest approximate match (edit distance), again weighted by prefix and suffix. A quote found
 * nowhere is an orphan: the caller lists it, never drops it.
 */
(function () {
  'use strict';

  const T = typeof module === 'object' && module.exports ? require('./text.js') : globalThis.Scannable;

  const QUOTE_WEIGHT = 50;
  const CONTEXT_WEIGHT = 20;       // each of prefix and suffix
  const MAX_EXACT_CANDIDATES = 1000;
  const MIN_APPROX_LENGTH = 8;     // "12" or "PMP" approximately matched would land anywhere
  const MAX_ERROR_RATE = 0.25;     // an approximate match keeps at least 75% of the quote
  const SEED = 16;                 // a long quote is looked for near its intact 16-character stretches
  const LONG_QUOTE = 64;

  /** Levenshtein distance of two short strings (prefixes and suffixes: 32 characters at most). */
  function distance(a, b) {
    if (a === b) return 0;
    let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
      const cur = [i];
      for (let j = 1; j <= b.length; j++) {
        cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      }
      prev = cur;
    }
    return prev[b.length];
  }

  /** 0..1: how well the live text next to a match agrees with the selector's context. */
  function contextScore(index, start, end, prefix, suffix) {
    const text = index.text;
    let p, s;
    if (prefix) {
      const before = text.slice(Math.max(0, start - prefix.length), start);
      p = 1 - distance(prefix, before) / prefix.length;
    } else {
      p = T.atBlockStart(index, start) ? 1 : 0.5;   // an empty prefix means "starts its block"
    }
    if (suffix) {
      const after = text.slice(end, end + suffix.length);
      s = 1 - distance(suffix, after) / suffix.length;
    } else {
      s = T.atBlockEnd(index, end) ? 1 : 0.5;
    }
    return { prefix: Math.max(0, p), suffix: Math.max(0, s) };
  }

  function score(quoteSimilarity, ctx) {
    return quoteSimilarity * QUOTE_WEIGHT + (ctx.prefix + ctx.suffix) * CONTEXT_WEIGHT;
  }

  /** Every exact occurrence of `quote` in `text` (start offsets), up to a cap. */
  function occurrences(text, quote) {
    const found = [];
    let at = text.indexOf(quote);
    while (at !== -1 && found.length < MAX_EXACT_CANDIDATES) {
      found.push(at);
      at = text.indexOf(quote, at + 1);
    }
    return found;
  }

  /**
   * Approximate matches of `pattern` in `text` with at most `maxErrors` edits (Sellers' algorithm with
   * Ukkonen's cut-off: only the rows that can still stay under maxErrors are computed). Returns the
   * fewest-edit {start, end, errors} of each stretch of text (ties included).
   */
  function approximate(text, pattern, maxErrors) {
    const m = pattern.length;
    const over = maxErrors + 1;
    let cost = new Int32Array(m + 1);      // column j-1: edits to match pattern[:i] ending at text[j-1]
    let from = new Int32Array(m + 1);      // where that match starts in the text
    let nextCost = new Int32Array(m + 1);
    let nextFrom = new Int32Array(m + 1);
    for (let i = 0; i <= m; i++) cost[i] = i;
    let last = Math.min(m, maxErrors);     // the deepest row still <= maxErrors
    const hits = [];
    for (let j = 1; j <= text.length; j++) {
      const c = text[j - 1];
      nextCost[0] = 0; nextFrom[0] = j;
      const rows = Math.min(m, last + 1);
      for (let i = 1; i <= rows; i++) {
        let best = (i - 1 <= last ? cost[i - 1] : over) + (pattern[i - 1] === c ? 0 : 1);
        let origin = from[i - 1];
        const skipText = (i <= last ? cost[i] : over) + 1;
        if (skipText < best) { best = skipText; origin = from[i]; }
        const skipPattern = nextCost[i - 1] + 1;
        if (skipPattern < best) { best = skipPattern; origin = nextFrom[i - 1]; }
        nextCost[i] = best; nextFrom[i] = origin;
      }
      last = rows;
      while (last > 0 && nextCost[last] > maxErrors) last--;
      if (last === m) {
        const errors = nextCost[m];
        const start = nextFrom[m];
        // One stretch of text keeps its fewest-edit matches (ties too: the context decides between them).
        const prev = hits[hits.length - 1];
        if (prev && start < prev[0].end) {
          if (errors < prev[0].errors) hits[hits.length - 1] = [{ start, end: j, errors }];
          else if (errors === prev[0].errors && prev.length < 8) prev.push({ start, end: j, errors });
        } else {
          hits.push([{ start, end: j, errors }]);
        }
      }
      [cost, nextCost] = [nextCost, cost];
      [from, nextFrom] = [nextFrom, from];
    }
    return hits.flat();
  }

  /**
   * Approximate matches of a long pattern, searched only around the places where one of its
   * 16-character pieces occurs exactly: a full search costs (errors x page length) per quote, which
   * for a recommendation of 600 characters on a long page is a visible pause. A quote edited so much
   * that no 16-character stretch survives is left an orphan.
   */
  function approximateNearSeeds(text, pattern, maxErrors) {
    const starts = new Set();
    for (let offset = 0; offset + SEED <= pattern.length; offset += SEED) {
      const piece = pattern.slice(offset, offset + SEED);
      let at = text.indexOf(piece);
      for (let n = 0; at !== -1 && n < 50; n++) {
        starts.add(Math.max(0, at - offset - maxErrors));
        at = text.indexOf(piece, at + 1);
      }
    }
    const hits = [];
    let coveredUntil = -1;
    for (const from of [...starts].sort((a, b) => a - b)) {
      if (from < coveredUntil - pattern.length) continue;   // this window was searched already
      const to = Math.min(text.length, from + pattern.length + 3 * maxErrors);
      for (const hit of approximate(text.slice(from, to), pattern, maxErrors)) {
        hits.push({ start: hit.start + from, end: hit.end + from, errors: hit.errors });
      }
      coveredUntil = to;
    }
    return hits;
  }

  /**
   * Where a TextQuoteSelector's words are in the index: {start, end, score, method} or null (an orphan).
   * method is "exact" or "approximate".
   */
  function anchorQuote(index, selector) {
    const exact = T.collapse(selector.exact || '');
    if (!exact) return null;
    const prefix = (selector.prefix || '').replace(/\s+/g, ' ');
    const suffix = (selector.suffix || '').replace(/\s+/g, ' ');
    let best = null;
    for (const start of occurrences(index.text, exact)) {
      const end = start + exact.length;
      const s = score(1, contextScore(index, start, end, prefix, suffix));
      if (!best || s > best.score) best = { start, end, score: s, method: 'exact' };
    }
    if (best || exact.length < MIN_APPROX_LENGTH) return best;
    const maxErrors = Math.floor(exact.length * MAX_ERROR_RATE);
    const hits = exact.length > LONG_QUOTE
      ? approximateNearSeeds(index.text, exact, maxErrors) : approximate(index.text, exact, maxErrors);
    for (const hit of hits) {
      const similarity = 1 - hit.errors / exact.length;
      const s = score(similarity, contextScore(index, hit.start, hit.end, prefix, suffix));
      if (!best || s > best.score) best = { start: hit.start, end: hit.end, score: s, method: 'approximate' };
    }
    return best;
  }

  /** The annotation's TextQuoteSelector (the contract puts it first; we look for it anywhere). */
  function quoteSelector(annotation) {
    const selectors = (annotation && annotation.target && annotation.target.selector) || [];
    return selectors.find((s) => s && s.type === 'TextQuoteSelector') || null;
  }

  /**
   * Anchor every annotation of a collection: {anchored: [{annotation, start, end, method}], orphans: [annotation]}.
   */
  function anchorAll(index, items) {
    const anchored = [];
    const orphans = [];
    for (const annotation of items || []) {
      const selector = quoteSelector(annotation);
      const hit = selector && anchorQuote(index, selector);
      if (hit) anchored.push({ annotation, start: hit.start, end: hit.end, method: hit.method });
      else orphans.push(annotation);
    }
    return { anchored, orphans };
  }

  const api = { anchorQuote, anchorAll, approximate, approximateNearSeeds, distance, quoteSelector };
  if (typeof module === 'object' && module.exports) module.exports = api;
  else globalThis.Scannable = Object.assign(globalThis.Scannable || {}, api);
})();
