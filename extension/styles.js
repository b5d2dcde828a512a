/*
 * styles.js: the panel's and the card's CSS, applied inside the overlay's Shadow DOM.
 *
 * Why a string: a stylesheet file would need an extension URL in the page (LinkedIn scans for
 * those) or a web-accessible resource (LinkedIn probes for those). Inside the shadow root the page's
 * CSS cannot reach the panel and ours cannot leak out.
 */
(function () {
  'use strict';

  const KIND_COLOURS = {
    outcome: '#bdf0c4', scope: '#d6e6ff', credential: '#ffe29a', recommendation: '#f2d4ff',
  };

  const OVERLAY_CSS = `
:host { all: initial; position: fixed; top: 64px; right: 12px; z-index: 2147483646;
  font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1d2226; }
* { box-sizing: border-box; }
.panel { width: 360px; max-height: calc(100vh - 80px); display: flex; flex-direction: column;
  background: #fff; border: 1px solid #c9ced3; border-radius: 10px; box-shadow: 0 6px 24px rgba(0,0,0,.18); overflow: hidden; }
.panel[data-collapsed] { width: auto; }
.panel[data-collapsed] .body, .panel[data-collapsed] .state { display: none; }
.bar { display: flex; align-items: center; gap: 8px; padding: 8px 10px; background: #0a66c2; color: #fff; }
.bar h2 { margin: 0; font-size: 15px; font-weight: 600; flex: 1; }
.badge { font-weight: 700; background: #fff; color: #0a66c2; border-radius: 10px; padding: 0 8px; font-size: 13px; }
button { font: inherit; cursor: pointer; border-radius: 6px; border: 1px solid #0a66c2; background: #fff; color: #0a66c2; padding: 2px 8px; }
button:focus-visible, a:focus-visible { outline: 3px solid #f5a623; outline-offset: 1px; }
.bar button { border-color: #fff; background: transparent; color: #fff; }
.state { padding: 10px 12px; border-bottom: 1px solid #e3e6e8; }
.state:empty { display: none; }
.state[data-tone="error"] { background: #fff4f2; color: #8a1c0c; }
.state[data-tone="waiting"] { background: #f3f6f8; }
.state .hint { margin: 4px 0 0; font-weight: 600; }
.state code { font-family: ui-monospace, monospace; background: #fff; border: 1px solid #e3c5be; border-radius: 4px; padding: 0 4px; }
.body { overflow-y: auto; padding: 4px 12px 12px; }
h3 { font-size: 14px; margin: 0; display: inline; }
h4 { font-size: 13px; margin: 8px 0 4px; color: #38434f; }
details { border-top: 1px solid #e3e6e8; padding: 8px 0; }
details:first-of-type { border-top: 0; }
summary { cursor: pointer; }
summary:focus-visible { outline: 3px solid #f5a623; }
p { margin: 4px 0; }
ul, ol { margin: 4px 0; padding-left: 18px; }
li { margin: 3px 0; }
.muted { color: #5e6a74; font-size: 12px; }
.check { list-style: none; padding-left: 0; }
.check li { border-left: 4px solid #e0a800; padding-left: 8px; }
.check li[data-full] { border-left-color: #3c9a4a; }
.check .fix { color: #6b4500; }
.evidence { list-style: none; padding-left: 0; }
.evidence button { display: block; width: 100%; text-align: left; border: 1px solid #d9dde0; color: #1d2226; padding: 4px 6px; border-left-width: 5px; }
.evidence button[data-kind="outcome"] { border-left-color: ${KIND_COLOURS.outcome}; }
.evidence button[data-kind="scope"] { border-left-color: ${KIND_COLOURS.scope}; }
.evidence button[data-kind="credential"] { border-left-color: ${KIND_COLOURS.credential}; }
.evidence button[data-kind="recommendation"] { border-left-color: ${KIND_COLOURS.recommendation}; }
.evidence .orphan { color: #5e6a74; font-style: italic; border: 1px dashed #c9ced3; padding: 4px 6px; border-radius: 6px; }
.evidence .verify { font-size: 12px; color: #0a66c2; }
.evidence .quote { display: block; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.actions { display: flex; gap: 6px; margin: 6px 0; }
.guide li { margin-bottom: 8px; }
.guide blockquote { margin: 2px 0; padding-left: 8px; border-left: 3px solid #c9ced3; color: #38434f; }
.card { position: fixed; z-index: 2147483647; width: 320px; background: #1d2226; color: #fff; border-radius: 8px;
  padding: 10px 12px; box-shadow: 0 6px 24px rgba(0,0,0,.3); font-size: 13px; pointer-events: none; }
.card[hidden] { display: none; }
.card .kind { font-weight: 700; display: inline-block; color: #1d2226; border-radius: 4px; padding: 0 6px; }
.card .kind[data-kind="outcome"] { background: ${KIND_COLOURS.outcome}; }
.card .kind[data-kind="scope"] { background: ${KIND_COLOURS.scope}; }
.card .kind[data-kind="credential"] { background: ${KIND_COLOURS.credential}; }
.card .kind[data-kind="recommendation"] { background: ${KIND_COLOURS.recommendation}; }
.card .prompt { margin-top: 6px; font-style: italic; }
.card .worth { color: #c7d1da; }
@media print {
  :host([data-print]) { position: static; }
  :host([data-print]) .panel { width: auto; max-height: none; border: 0; box-shadow: none; }
  :host([data-print]) .bar, :host([data-print]) .state, :host([data-print]) .no-print, :host([data-print]) .card { display: none !important; }
  :host([data-print]) .body { overflow: visible; }
  :host([data-print]) .body > :not(.guide-section) { display: none !important; }
  :host([data-print]) summary { list-style: none; }
}
`;

  const api = { OVERLAY_CSS, KIND_COLOURS };
  if (typeof module === 'object' && module.exports) module.exports = api;
  else globalThis.Scannable = Object.assign(globalThis.Scannable || {}, api);
})();
