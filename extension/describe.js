/*
 * describe.js: what the card and the panel say about one annotation, as plain data.
 *
 * Why: the words shown to a recruiter (what the evidence is, what it is worth, the question to ask)
 * come from the annotation's bodies; keeping that reading in pure functions lets node tests check
 * it without a browser, and keeps the DOM code (card.js, panel.js) free of decisions.
 */
(function () {
  'use strict';

  const KINDS = {
    outcome: { label: 'Result', plural: 'Results' },
    scope: { label: 'Scope', plural: 'Scope' },
    credential: { label: 'Credential', plural: 'Credentials' },
    recommendation: { label: 'Recommendation', plural: 'Recommendations' },
  };
  const KIND_ORDER = ['outcome', 'credential', 'recommendation', 'scope'];

  function bodyValue(annotation, purpose) {
    const body = (annotation && annotation.body) || [];
    const found = body.find((b) => b && b.purpose === purpose && typeof b.value === 'string');
    return found ? found.value : '';
  }

  /** The kind: scannable.kind, else the tagging body. */
  function kindOf(annotation) {
    const s = annotation && annotation.scannable;
    return (s && typeof s.kind === 'string' && s.kind) || bodyValue(annotation, 'tagging') || 'evidence';
  }

  /** A word for a weight of 0..1, so the number reads at a glance. */
  function worthLabel(weight) {
    if (typeof weight !== 'number' || Number.isNaN(weight)) return '';
    if (weight >= 0.75) return 'strong';
    if (weight >= 0.5) return 'good';
    if (weight >= 0.25) return 'some';
    return 'weak';
  }

  /** Only http(s) URLs are ever offered as links: a javascript: or data: URL from a page is dropped. */
  function safeUrl(value) {
    if (typeof value !== 'string') return null;
    try {
      const url = new URL(value);
      return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
    } catch (err) {
      return null;
    }
  }

  /** Everything the hover card shows, as strings (set with textContent, never as HTML). */
  function cardModel(annotation) {
    const kind = kindOf(annotation);
    const s = (annotation && annotation.scannable) || {};
    const weight = typeof s.weight === 'number' ? s.weight : null;
    const quote = (annotation.target && annotation.target.selector || []).find((x) => x && x.type === 'TextQuoteSelector');
    return {
      id: annotation.id,
      kind,
      label: (KINDS[kind] && KINDS[kind].label) || kind,
      quote: quote ? quote.exact : '',
      what: bodyValue(annotation, 'describing'),
      worth: weight === null ? '' : `Worth: ${worthLabel(weight)} (${weight.toFixed(2)} of 1)`,
      prompt: bodyValue(annotation, 'questioning'),
      followUps: Array.isArray(s.follow_ups) ? s.follow_ups.filter((f) => typeof f === 'string') : [],
      aboveFold: s.above_fold !== false,
      verifyUrl: kind === 'credential' ? safeUrl(s.url) : null,
    };
  }

  /** "78/100" and the checks as lines: title, points of weight, reason, fix. */
  function scoreModel(summary) {
    const sc = summary && summary.scannability;
    if (!sc || typeof sc.score !== 'number') return null;
    return {
      score: Math.round(sc.score),
      checks: (sc.checks || []).map((c) => ({
        title: String(c.title || c.id || ''),
        points: typeof c.points === 'number' ? `${+c.points.toFixed(1)}/${c.weight}` : '',
        reason: String(c.reason || ''),
        fix: c.fix ? String(c.fix) : '',
        full: typeof c.points === 'number' && typeof c.weight === 'number' && c.points >= c.weight,
      })),
    };
  }

  /** The recruiter's quick read, whatever its shape: a string, a list, or an object of lines. */
  function quickReadLines(value) {
    if (value == null) return [];
    if (typeof value === 'string') return [value];
    if (Array.isArray(value)) return value.flatMap(quickReadLines);
    if (typeof value === 'object') {
      const lines = [];
      for (const key of ['headline', 'verdict', 'summary', 'text']) {
        if (typeof value[key] === 'string') lines.push(value[key]);
      }
      for (const key of ['lines', 'points', 'bullets', 'items', 'signals']) {
        if (Array.isArray(value[key])) {
          for (const v of value[key]) {
            if (typeof v === 'string') lines.push(v);
            else if (v && typeof v === 'object') lines.push(...quickReadLines(v));
          }
        }
      }
      if (!lines.length) {
        for (const [k, v] of Object.entries(value)) {
          if (typeof v === 'string' || typeof v === 'number') lines.push(`${k.replace(/_/g, ' ')}: ${v}`);
        }
      }
      return lines;
    }
    return [String(value)];
  }

  /** Annotations grouped by kind in the panel's order, each group {kind, label, items}. */
  function groupByKind(entries, kindOfEntry) {
    const groups = new Map();
    for (const e of entries) {
      const kind = kindOfEntry(e);
      if (!groups.has(kind)) groups.set(kind, []);
      groups.get(kind).push(e);
    }
    const order = [...KIND_ORDER, ...[...groups.keys()].filter((k) => !KIND_ORDER.includes(k))];
    return order.filter((k) => groups.has(k)).map((kind) => ({
      kind, label: (KINDS[kind] && KINDS[kind].plural) || kind, items: groups.get(kind),
    }));
  }

  const api = { KINDS, kindOf, worthLabel, safeUrl, cardModel, scoreModel, quickReadLines, groupByKind, bodyValue };
  if (typeof module === 'object' && module.exports) module.exports = api;
  else globalThis.Scannable = Object.assign(globalThis.Scannable || {}, api);
})();
