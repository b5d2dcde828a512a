/*
 * text.js: the live page's visible text as one whitespace-collapsed string, mapped back to DOM positions.
 *
 * Why: the service quotes words on whitespace-collapsed block text (its TextQuoteSelector). To find
 * them again on the live page we read the DOM the way the service read the snapshot: the same
 * elements skipped (scripts, templates, LinkedIn's "visually-hidden" screen-reader copies, hidden
 * panels), the same block elements counted as spaces. Every character of the string remembers the
 * text node and offset it came from, so a match becomes a DOM Range.
 */
(function () {
  'use strict';

  // Mirrors extractors/pages/html.py: SKIP_TAGS (never read) and LINE_TAGS (start a new line).
  const SKIP_TAGS = new Set(['script', 'style', 'noscript', 'template', 'svg', 'head', 'title', 'iframe', 'code',
    'textarea', 'select', 'scannable-overlay']);
  const BLOCK_TAGS = new Set(['p', 'div', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'section',
    'article', 'header', 'footer', 'dt', 'dd', 'hr', 'blockquote']);
  const SPACE = /\s/;

  /** Every run of whitespace becomes one space, ends trimmed: the service's `collapse`. */
  function collapse(text) {
    return String(text).replace(/\s+/g, ' ').trim();
  }

  /** Text a reader never sees: screen-reader duplicates, hidden panels, our own overlay. */
  function skipped(el) {
    const name = el.localName;
    if (SKIP_TAGS.has(name)) return true;
    if (el.hasAttribute('hidden')) return true;
    const cls = el.getAttribute('class');
    return Boolean(cls && cls.includes('visually-hidden'));
  }

  /**
   * The index of the text under `root`: {text, nodes, nodeAt, offsetAt, hard}.
   * text: whitespace-collapsed; nodeAt[i]/offsetAt[i]: where text[i] came from (a space maps to the
   * next character); hard[i] = 1 where a space stands for a block boundary (not a word space or <br>).
   */
  function buildIndex(root) {
    const parts = [];
    const nodes = [];
    const nodeAt = [];
    const offsetAt = [];
    const hard = [];
    let length = 0;
    let pending = false;      // a space is owed before the next visible character
    let pendingHard = false;  // ... and it stands for a block boundary

    function boundary() { pending = true; pendingHard = true; }

    function addText(node) {
      const data = node.data;
      const n = nodes.length;
      let added = false;
      for (let i = 0; i < data.length; i++) {
        const ch = data[i];
        if (SPACE.test(ch)) { pending = true; continue; }
        if (pending && length > 0) {
          parts.push(' ');
          nodeAt.push(n); offsetAt.push(i); hard.push(pendingHard ? 1 : 0);
          length++;
        }
        pending = false; pendingHard = false;
        parts.push(ch);
        nodeAt.push(n); offsetAt.push(i); hard.push(0);
        length++;
        added = true;
      }
      if (added) nodes.push(node);
    }

    // Iterative walk (no recursion): a deeply nested page cannot overflow the stack.
    const stack = [[root, false]];
    while (stack.length) {
      const [node, leaving] = stack.pop();
      if (leaving) { boundary(); continue; }
      if (node.nodeType === 3) { addText(node); continue; }
      if (node.nodeType === 1) {
        if (node !== root && skipped(node)) continue;
        if (node.localName === 'br') { pending = true; continue; }
        if (BLOCK_TAGS.has(node.localName)) { boundary(); stack.push([node, true]); }
      } else if (node.nodeType !== 9 && node.nodeType !== 11) {
        continue;   // comments, processing instructions
      }
      for (let c = node.lastChild; c; c = c.previousSibling) stack.push([c, false]);
    }
    return { text: parts.join(''), nodes, nodeAt, offsetAt, hard };
  }

  /** A DOM Range over text[start:end] of an index (start < end, both inside the text). */
  function rangeFor(index, start, end) {
    while (start < end && index.text[start] === ' ') start++;
    while (end > start && index.text[end - 1] === ' ') end--;
    if (start >= end) return null;
    const startNode = index.nodes[index.nodeAt[start]];
    const endNode = index.nodes[index.nodeAt[end - 1]];
    const range = startNode.ownerDocument.createRange();
    range.setStart(startNode, index.offsetAt[start]);
    range.setEnd(endNode, index.offsetAt[end - 1] + 1);
    return range;
  }

  /** True where text[pos] starts a block (the service's prefix would be empty there). */
  function atBlockStart(index, pos) {
    return pos === 0 || (index.text[pos - 1] === ' ' && index.hard[pos - 1] === 1);
  }

  /** True where text[:pos] ends a block (the service's suffix would be empty there). */
  function atBlockEnd(index, pos) {
    return pos >= index.text.length || (index.text[pos] === ' ' && index.hard[pos] === 1);
  }

  const api = { collapse, buildIndex, rangeFor, atBlockStart, atBlockEnd, skipped };
  if (typeof module === 'object' && module.exports) module.exports = api;
  else globalThis.Scannable = Object.assign(globalThis.Scannable || {}, api);
})();
