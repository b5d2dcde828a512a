/*
 * card.js: the small card shown when a highlight is hovered or focused.
 *
 * It says what the evidence is, what it is worth and which question to ask, next to the words.
 * It lives in the overlay's shadow root; every string is set with textContent.
 */
(function () {
  'use strict';

  const S = typeof module === 'object' && module.exports
    ? Object.assign({}, require('./dom.js'), require('./describe.js')) : globalThis.Scannable;

  class Card {
    constructor(shadow) {
      this.doc = shadow.ownerDocument;
      this.node = S.el(this.doc, 'div', { class: 'card', role: 'tooltip', id: 'scannable-card', hidden: true });
      shadow.appendChild(this.node);
      this.current = null;
    }

    /** Show the card for an annotation next to a DOMRect (viewport coordinates). */
    show(annotation, rect) {
      const m = S.cardModel(annotation);
      S.clearChildren(this.node);
      const { el } = S;
      const d = this.doc;
      this.node.appendChild(el(d, 'p', {}, el(d, 'span', { class: 'kind', 'data-kind': m.kind }, m.label),
        m.aboveFold ? '' : ' (below the "see more" fold)'));
      if (m.what) this.node.appendChild(el(d, 'p', { class: 'what' }, m.what));
      if (m.worth) this.node.appendChild(el(d, 'p', { class: 'worth' }, m.worth));
      if (m.prompt) this.node.appendChild(el(d, 'p', { class: 'prompt' }, 'Ask: ', m.prompt));
      this.node.setAttribute('data-id', m.id || '');
      this.node.hidden = false;
      this.current = annotation;
      this.place(rect);
    }

    place(rect) {
      if (!rect) return;
      const win = this.doc.defaultView;
      const width = 320;
      const height = this.node.offsetHeight || 140;
      let left = Math.min(Math.max(8, rect.left), Math.max(8, win.innerWidth - width - 8));
      let top = rect.bottom + 8;
      if (top + height > win.innerHeight - 8) top = Math.max(8, rect.top - height - 8);
      this.node.style.left = `${Math.round(left)}px`;
      this.node.style.top = `${Math.round(top)}px`;
    }

    hide() {
      this.node.hidden = true;
      this.current = null;
    }
  }

  const api = { Card };
  if (typeof module === 'object' && module.exports) module.exports = api;
  else globalThis.Scannable = Object.assign(globalThis.Scannable || {}, api);
})();
