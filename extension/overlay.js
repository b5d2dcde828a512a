/*
 * overlay.js: everything Scannable shows on a page, put together: anchor the service's annotations
 * on the live text, highlight them, show the hover/focus card and the panel, and take it all away
 * again (a new profile, a pause).
 *
 * Used as is by the extension's content script and by the service's /demo page: one source.
 * The host element <scannable-overlay> holds an open Shadow DOM (page CSS cannot reach in, tests can);
 * its data-state attribute says "waiting", "ready", "error" or "paused".
 */
(function () {
  'use strict';

  const S = typeof module === 'object' && module.exports
    ? Object.assign({}, require('./text.js'), require('./anchor.js'), require('./describe.js'), require('./dom.js'),
      require('./styles.js'), require('./highlight.js'), require('./card.js'), require('./panel.js'))
    : globalThis.Scannable;

  const HOST_TAG = 'scannable-overlay';

  class Overlay {
    /** options: {onPause?, onRetry?, highlight?: "wrap"} (the last forces the fallback, for tests). */
    constructor(doc, options) {
      this.doc = doc;
      this.win = doc.defaultView;
      this.options = options || {};
      this.host = null;
      this.entries = [];
      this.hovered = null;
      this.highlighter = new S.Highlighter(doc, this.options.highlight);
      this.onMove = this.onMove.bind(this);
      this.onScroll = () => { if (!this.focused) this.hideCard(); };
      this.onKey = (ev) => { if (ev.key === 'Escape') this.hideCard(); };
      this.onFocusIn = this.onFocusIn.bind(this);
      this.frame = 0;
    }

    mount() {
      if (this.host && this.host.isConnected) return;
      const d = this.doc;
      this.host = d.createElement(HOST_TAG);
      const shadow = this.host.attachShadow({ mode: 'open' });
      this.shadow = shadow;
      try {
        const sheet = new this.win.CSSStyleSheet();
        sheet.replaceSync(S.OVERLAY_CSS);
        shadow.adoptedStyleSheets = [sheet];
      } catch (err) {
        shadow.appendChild(S.el(d, 'style', {}, S.OVERLAY_CSS));
      }
      this.panel = new S.Panel(shadow, {
        onSelect: (entry) => this.select(entry),
        onFocusEntry: (entry) => { this.focused = entry; this.showCard(entry, true); },
        onBlurEntry: () => { this.focused = null; this.hideCard(); },
        onPrint: () => this.print(),
        onPause: this.options.onPause,
        onRetry: this.options.onRetry,
      });
      this.card = new S.Card(shadow);
      d.documentElement.appendChild(this.host);
      d.addEventListener('mousemove', this.onMove, { passive: true });
      d.addEventListener('keydown', this.onKey);
      d.addEventListener('focusin', this.onFocusIn);
      this.win.addEventListener('scroll', this.onScroll, { passive: true, capture: true });
    }

    setHostState(state) {
      this.host.setAttribute('data-state', state);
    }

    /** "Reading this profile...": clears what was shown for the previous page. */
    waiting(message) {
      this.mount();
      this.clearEvidence();
      this.panel.reset();
      this.panel.setState({ tone: 'waiting', title: 'Reading this profile…', message: message || '' });
      this.setHostState('waiting');
    }

    /** A failure the user can act on: {title, message, hint, retry}. */
    failed(problem) {
      this.mount();
      this.clearEvidence();
      this.panel.reset();
      this.panel.setState({ tone: 'error', retry: true, ...problem });
      this.setHostState('error');
    }

    paused() {
      this.mount();
      this.clearEvidence();
      this.panel.reset();
      this.panel.setState({ tone: 'info', title: 'Scannable is paused.', message: 'Resume it on the options page (right-click the toolbar button, Options).' });
      this.setHostState('paused');
    }

    /** Anchor, highlight and list a collection's annotations in `root`; returns {anchored, orphans}. */
    render(collection, root) {
      this.mount();
      this.clearEvidence();
      const index = S.buildIndex(root || this.doc.body);
      const { anchored, orphans } = S.anchorAll(index, (collection && collection.items) || []);
      const entries = [];
      for (const a of anchored) {
        const range = S.rangeFor(index, a.start, a.end);
        if (!range) { orphans.push(a.annotation); continue; }
        entries.push({ id: a.annotation.id, kind: S.kindOf(a.annotation), annotation: a.annotation, method: a.method, range });
      }
      this.highlighter.apply(entries);
      this.entries = entries;
      this.panel.setState(null);
      this.panel.render({ summary: (collection && collection.summary) || {}, anchored: entries, orphans });
      this.host.setAttribute('data-anchored', String(entries.length));
      this.host.setAttribute('data-orphans', String(orphans.length));
      this.host.setAttribute('data-highlight', this.highlighter.mode);
      this.setHostState('ready');
      return { anchored: entries, orphans };
    }

    /** Scroll the words of an entry into view, emphasise them and show their card. */
    select(entry) {
      // The window only: scrollIntoView would also scroll LinkedIn's clipped "see more" boxes.
      const rect = entry.range.getBoundingClientRect ? entry.range.getBoundingClientRect() : null;
      if (rect && this.win.scrollBy) this.win.scrollBy(0, rect.top - this.win.innerHeight / 2);
      this.showCard(entry, false);
    }

    showCard(entry, fromPanel) {
      this.highlighter.setActive(entry);
      let rect = entry.range.getBoundingClientRect ? entry.range.getBoundingClientRect() : null;
      const visible = rect && rect.bottom > 0 && rect.top < this.win.innerHeight && (rect.width || rect.height);
      if (!visible && fromPanel) {
        const button = this.panel.buttonFor(entry);
        const b = button && button.getBoundingClientRect();
        rect = b ? { left: Math.max(8, b.left - 340), right: b.left, top: b.top, bottom: b.top } : rect;
      }
      this.card.show(entry.annotation, rect);
      this.hovered = entry;
    }

    hideCard() {
      if (!this.card) return;
      this.card.hide();
      this.highlighter.setActive(null);
      this.hovered = null;
    }

    /** The highlighted entry under a viewport point (the shortest when they nest), or null. */
    hitTest(x, y) {
      let best = null;
      let bestLength = Infinity;
      for (const e of this.entries) {
        for (const r of e.range.getClientRects()) {
          if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) {
            const length = e.range.toString().length;
            if (length < bestLength) { best = e; bestLength = length; }
            break;
          }
        }
      }
      return best;
    }

    onMove(ev) {
      if (!this.entries.length || this.focused) return;
      if (ev.target === this.host) return;
      const x = ev.clientX;
      const y = ev.clientY;
      if (this.frame) return;
      this.frame = this.win.requestAnimationFrame(() => {
        this.frame = 0;
        const hit = this.hitTest(x, y);
        if (hit === this.hovered) return;
        if (hit) this.showCard(hit, false);
        else this.hideCard();
      });
    }

    /** Keyboard focus on a wrapped highlight (the fallback makes them focusable) shows its card. */
    onFocusIn(ev) {
      const mark = ev.target && ev.target.closest && ev.target.closest('mark.scannable-mark');
      if (!mark) return;
      const id = (mark.getAttribute('data-scannable-id') || '').split(' ')[0];
      const entry = this.entries.find((e) => e.id === id);
      if (entry) this.showCard(entry, false);
    }

    /** Print only the interview guide: the page and the rest of the panel are hidden by print CSS. */
    print() {
      this.panel.openGuide();
      this.host.setAttribute('data-print', '');
      try {
        this.win.print();   // blocks until the print dialog closes
      } finally {
        this.host.removeAttribute('data-print');
      }
    }

    clearEvidence() {
      this.hideCard();
      this.highlighter.clear();
      this.entries = [];
      this.focused = null;
      if (this.host) {
        this.host.removeAttribute('data-anchored');
        this.host.removeAttribute('data-orphans');
      }
    }

    /** Remove every trace: highlights, marks, the panel and the listeners. */
    destroy() {
      this.clearEvidence();
      this.doc.removeEventListener('mousemove', this.onMove);
      this.doc.removeEventListener('keydown', this.onKey);
      this.doc.removeEventListener('focusin', this.onFocusIn);
      this.win.removeEventListener('scroll', this.onScroll, { capture: true });
      if (this.host) this.host.remove();
      this.host = null;
    }
  }

  const api = { Overlay, HOST_TAG };
  if (typeof module === 'object' && module.exports) module.exports = api;
  else globalThis.Scannable = Object.assign(globalThis.Scannable || {}, api);
})();
