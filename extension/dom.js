/*
 * dom.js: build elements from data with textContent only.
 *
 * Why: everything the overlay shows comes from the page or the service, so nothing is ever parsed
 * as HTML (no innerHTML, no insertAdjacentHTML): `el(doc, "p", {class: "x"}, "text", child)` makes
 * the element, sets attributes one by one and appends strings as text nodes.
 */
(function () {
  'use strict';

  /** An element with attributes (strings; `on*` names refused) and children (nodes or text). */
  function el(doc, tag, attrs, ...children) {
    const node = doc.createElement(tag);
    for (const [name, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (/^on/i.test(name)) throw new Error(`event attributes are not allowed: ${name}`);
      node.setAttribute(name, value === true ? '' : String(value));
    }
    append(node, children);
    return node;
  }

  function append(node, children) {
    for (const child of children.flat(Infinity)) {
      if (child === null || child === undefined || child === false) continue;
      node.appendChild(typeof child === 'object' && child.nodeType ? child : node.ownerDocument.createTextNode(String(child)));
    }
    return node;
  }

  /** Remove every child of a node. */
  function clearChildren(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
  }

  const api = { el, append, clearChildren };
  if (typeof module === 'object' && module.exports) module.exports = api;
  else globalThis.Scannable = Object.assign(globalThis.Scannable || {}, api);
})();
