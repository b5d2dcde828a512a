/*
 * demo.js: the /demo page's stand-in for the extension's content script and service worker.
 *
 * The overlay itself (anchoring, highlights, card, panel) is the extension's own code, loaded
 * before this file; here we only fetch the sample profile's annotations from the service and
 * hand them to it.
 */
(function () {
  'use strict';

  const S = globalThis.Scannable;
  const root = document.querySelector('main') || document.body;
  // /demo?highlight=wrap shows the fallback used where the CSS Custom Highlight API is missing.
  const wrap = new URLSearchParams(location.search).get('highlight') === 'wrap';
  const overlay = new S.Overlay(document, { onRetry: run, highlight: wrap ? 'wrap' : undefined });

  async function run() {
    overlay.waiting();
    try {
      const response = await fetch('/demo/annotations.json', { cache: 'no-store' });
      if (!response.ok) throw new Error(String(response.status));
      overlay.render(await response.json(), root);
    } catch (err) {
      overlay.failed({ title: 'The Scannable service did not answer.',
        message: 'This page is served by the service and asks it for the annotations.',
        hint: 'Start the service: make run, then reload this page.' });
    }
  }

  run();
})();
