/*
 * sw.js: the background service worker (Chrome) or event page (Firefox, via background.scripts).
 *
 * It is the only part that talks to the Scannable service: content scripts send it a page, it posts
 * the page to the server set on the options page and answers with the annotations or a problem.
 * A click on the toolbar button runs Scannable on the current tab (on sites other than LinkedIn
 * that is the only way it runs). The badge says "off" while Scannable is paused.
 */
if (typeof importScripts === 'function' && !(globalThis.Scannable && globalThis.Scannable.annotatePage)) {
  importScripts('settings.js', 'service.js');
}

(function () {
  'use strict';

  const ext = globalThis.browser || globalThis.chrome;
  const S = globalThis.Scannable;

  // Firefox suspends an idle event page (30 s by default) even while a fetch is pending, and the
  // tab's message then fails as if the extension had been reloaded; any extension API call resets
  // that timer. Chromium keeps the worker while a message is unanswered: the calls cost it nothing.
  const KEEPALIVE_MS = 1000;

  /** The promise's outcome, with the background kept awake until it settles. */
  async function keptAwake(promise) {
    const timer = setInterval(() => { ext.runtime.getPlatformInfo().catch(() => {}); }, KEEPALIVE_MS);
    try {
      return await promise;
    } finally {
      clearInterval(timer);
    }
  }

  function fromOurExtension(sender) {
    return sender && sender.id === ext.runtime.id;
  }

  async function handle(message) {
    const settings = await S.loadSettings(ext);
    if (message.type === 'scannable:annotate') {
      if (settings.paused) return { ok: false, paused: true };
      return S.annotatePage({ url: String(message.url || ''), html: message.html }, settings, fetch);
    }
    if (message.type === 'scannable:health') return S.checkHealth(settings, fetch);
    return { ok: false, problem: { code: 'unknown', title: 'Unknown request.' } };
  }

  ext.runtime.onMessage.addListener((message, sender, sendResponse) => {
    if (!message || typeof message.type !== 'string' || !message.type.startsWith('scannable:')) return false;
    if (!fromOurExtension(sender)) return false;
    keptAwake(handle(message)).then(sendResponse, () => sendResponse({ ok: false, problem: S.PROBLEMS.failed('') }));
    return true;   // the answer comes asynchronously
  });

  /** The toolbar button (or its shortcut): tell the tab's content script to run, injecting it first where it is absent. */
  async function runOnTab(tab) {
    if (!tab || tab.id === undefined) return;
    try {
      await ext.tabs.sendMessage(tab.id, { type: 'scannable:run' });
      return;
    } catch (err) {
      // No content script on this page yet (any site but LinkedIn): inject it, with activeTab's grant.
    }
    try {
      const files = ext.runtime.getManifest().content_scripts[0].js;
      await ext.scripting.insertCSS({ target: { tabId: tab.id }, files: ['highlight.css'] });
      await ext.scripting.executeScript({ target: { tabId: tab.id }, files });
      await ext.tabs.sendMessage(tab.id, { type: 'scannable:run' });
    } catch (err) {
      // Pages no extension may touch (the browser's own pages, the web store).
      console.warn('Scannable cannot run on this page:', err && err.message);
    }
  }
  ext.action.onClicked.addListener(runOnTab);
  globalThis.scannableRunOnTab = runOnTab;   // the end-to-end tests click the button this way

  async function showPaused() {
    const { paused } = await S.loadSettings(ext);
    await ext.action.setBadgeText({ text: paused ? 'off' : '' });
    await ext.action.setBadgeBackgroundColor({ color: '#5e6a74' });
  }

  ext.storage.onChanged.addListener((changes, area) => {
    if (area === 'sync' && changes.paused) showPaused();
  });
  ext.runtime.onInstalled.addListener(showPaused);
  ext.runtime.onStartup.addListener(showPaused);
})();
