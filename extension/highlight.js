/*
 * highlight.js: colour the anchored words on the page, one colour per kind of evidence.
 *
 * Why two ways: the CSS Custom Highlight API paints DOM Ranges without touching the page's DOM
 * (LinkedIn's own scripts see nothing change); where it is missing (older Firefox, jsdom) the
 * words are wrapped in <mark class="scannable-mark"> elements, which clear() unwraps again.
 * Either way each entry ends up with a live Range used for hover, focus and scrolling.
 */
(function () {
  'use strict';

  const KIND_NAME = /^[a-z][a-z-]{0,30}$/;
  const KNOWN_KINDS = new Set(['outcome', 'scope', 'credential', 'recommendation']);

  function highlightName(kind) {
    return `scannable-${KNOWN_KINDS.has(kind) && KIND_NAME.test(kind) ? kind : 'evidence'}`;
  }

  class Highlighter {
    /** doc: the page's document; force: "wrap" to use the fallback even where the API exists. */
    constructor(doc, force) {
      this.doc = doc;
      const win = doc.defaultView || {};
      this.native = force !== 'wrap' && Boolean(win.CSS && win.CSS.highlights && typeof win.Highlight === 'function');
      this.win = win;
      this.names = new Set();
      this.marks = [];
      this.active = null;
    }

    get mode() { return this.native ? 'css-highlight' : 'wrap'; }

    /** entries: [{id, kind, range}]; each gets .range (live) and, when wrapped, .marks. */
    apply(entries) {
      this.clear();
      if (this.native) this.paint(entries);
      else this.wrap(entries);
      return entries;
    }

    paint(entries) {
      const byName = new Map();
      for (const e of entries) {
        const name = highlightName(e.kind);
        if (!byName.has(name)) byName.set(name, []);
        byName.get(name).push(e.range);
      }
      for (const [name, ranges] of byName) {
        this.win.CSS.highlights.set(name, new this.win.Highlight(...ranges));
        this.names.add(name);
      }
    }

    /** The text nodes a range covers, as [node, start, end] pieces, skipping screen-reader copies. */
    pieces(range) {
      const out = [];
      const rootNode = range.commonAncestorContainer;
      if (rootNode.nodeType === 3) return [[rootNode, range.startOffset, range.endOffset]];
      const walker = this.doc.createTreeWalker(rootNode, 4 /* SHOW_TEXT */);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!range.intersectsNode(node)) continue;
        const parent = node.parentElement;
        if (parent && parent.closest('.visually-hidden, [hidden], scannable-overlay')) continue;
        const start = node === range.startContainer ? range.startOffset : 0;
        const end = node === range.endContainer ? range.endOffset : node.length;
        if (end > start && node.data.slice(start, end).trim()) out.push([node, start, end]);
      }
      return out;
    }

    wrap(entries) {
      // Collect every piece first: wrapping moves text nodes, which would shift ranges computed later.
      const perNode = new Map();
      for (const e of entries) {
        e.marks = [];
        for (const [node, start, end] of this.pieces(e.range)) {
          if (!perNode.has(node)) perNode.set(node, []);
          perNode.get(node).push({ entry: e, start, end });
        }
      }
      for (const [node, spans] of perNode) {
        const cuts = [...new Set(spans.flatMap((s) => [s.start, s.end]))].sort((a, b) => b - a);
        let rest = node;
        const bits = [];
        let right = node.length;
        for (const cut of cuts) {
          if (cut <= 0 || cut >= right) continue;
          bits.push({ node: rest.splitText(cut), start: cut, end: right });
          right = cut;
        }
        bits.push({ node: rest, start: 0, end: right });
        for (const bit of bits) {
          const covering = spans.filter((s) => s.start <= bit.start && s.end >= bit.end);
          if (!covering.length) continue;
          const mark = this.doc.createElement('mark');
          mark.className = 'scannable-mark';
          mark.setAttribute('data-scannable-kind', covering[0].entry.kind);
          mark.setAttribute('data-scannable-id', covering.map((s) => s.entry.id).join(' '));
          mark.tabIndex = 0;
          bit.node.parentNode.insertBefore(mark, bit.node);
          mark.appendChild(bit.node);
          this.marks.push(mark);
          for (const s of covering) s.entry.marks.push(mark);
        }
      }
      for (const e of entries) {
        if (!e.marks.length) continue;
        e.marks.sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
        const range = this.doc.createRange();
        range.setStartBefore(e.marks[0]);
        range.setEndAfter(e.marks[e.marks.length - 1]);
        e.range = range;
      }
    }

    /** Emphasise one entry (hovered or focused), or none. */
    setActive(entry) {
      if (this.active === entry) return;
      if (this.native) {
        if (entry) {
          const h = new this.win.Highlight(entry.range);
          h.priority = 1;
          this.win.CSS.highlights.set('scannable-active', h);
          this.names.add('scannable-active');
        } else {
          this.win.CSS.highlights.delete('scannable-active');
        }
      } else {
        if (this.active && this.active.marks) this.active.marks.forEach((m) => m.removeAttribute('data-scannable-active'));
        if (entry && entry.marks) entry.marks.forEach((m) => m.setAttribute('data-scannable-active', ''));
      }
      this.active = entry || null;
    }

    /** Remove every highlight and unwrap every mark, leaving the page as it was. */
    clear() {
      if (this.native) {
        for (const name of this.names) this.win.CSS.highlights.delete(name);
        this.names.clear();
      }
      const parents = new Set();
      for (const mark of this.marks) {
        const parent = mark.parentNode;
        if (!parent) continue;
        while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
        parent.removeChild(mark);
        parents.add(parent);
      }
      parents.forEach((p) => p.normalize());
      this.marks = [];
      this.active = null;
    }
  }

  const api = { Highlighter, highlightName };
  if (typeof module === 'object' && module.exports) module.exports = api;
  else globalThis.Scannable = Object.assign(globalThis.Scannable || {}, api);
})();
