/*
 * content.js: when and what to read on the page, in the page.
 *
 * On a LinkedIn profile (/in/<slug>/) it sends the profile's main content and URL to the service
 * worker and shows the answer with the overlay; it does so again after LinkedIn's in-app navigation
 * to another profile (clearing the first one's highlights at once, and waiting until the new
 * profile's DOM has replaced the old one) and when lazily loaded sections appear. On any other
 * site it does nothing until the toolbar button is clicked. The pause switch stops all of it.
 */
(function () {
  'use strict';

  const ext = globalThis.browser || globalThis.chrome;
  const S = globalThis.Scannable;
  if (S.contentStarted) return;   // injected twice (a toolbar click on a page that already has us)
  S.contentStarted = true;

  const QUIET_MS = 400;          // the DOM is "settled" after this long without mutations
  const NEW_PROFILE_WAIT_MS = 6000;
  const LAZY_DEBOUNCE_MS = 1200;
  // The background's call to the service gives up at 30 s (service.js); past this, the message itself was lost.
  const NO_ANSWER_MS = 40000;

  let paused = false;
  let overlay = null;
  let generation = 0;            // bumps on every navigation or pause: late answers are dropped
  let lastUrl = location.href;
  let sent = null;               // {signature, sections, textLength} of the last page sent
  let lastMutation = Date.now();
  let lazyTimer = 0;

  function isProfileUrl(href) {
    const url = new URL(href);
    return url.hostname === 'www.linkedin.com' && /^\/in\/[^/]+\/?$/.test(url.pathname);
  }

  function slugOf(href) {
    const m = /^\/in\/([^/]+)/.exec(new URL(href).pathname);
    return m ? decodeURIComponent(m[1]).toLowerCase() : '';
  }

  /** The profile's main content: what is sent, and where the words are looked for. */
  function profileRoot() {
    return document.querySelector('main') || document.body;
  }

  /** What tells one profile's DOM from another's: the top card's name, else the first words. */
  function signature(root) {
    const name = root.querySelector('h1, [componentkey$="Topcard"] h2, [data-view-name="profile-top-card"] h2');
    return S.collapse((name || root).textContent || '').slice(0, 200);
  }

  function shape(root) {
    return {
      signature: signature(root),
      sections: root.querySelectorAll('section, [data-view-name^="profile-card"], [componentkey]').length,
      textLength: (root.textContent || '').length,
    };
  }

  function ensureOverlay() {
    if (!overlay) {
      overlay = new S.Overlay(document, {
        onPause: () => ext.storage.sync.set({ paused: true }),
        onRetry: () => annotate('retry'),
      });
    }
    return overlay;
  }

  function removeOverlay() {
    if (overlay) overlay.destroy();
    overlay = null;
  }

  /** Send the page to the service worker and show the answer (unless a newer page came since). */
  async function annotate(reason) {
    if (paused) { ensureOverlay().paused(); return; }
    const gen = ++generation;
    const root = profileRoot();
    sent = shape(root);
    const view = ensureOverlay();
    if (reason === 'lazy' && view.host && view.host.getAttribute('data-state') === 'ready') {
      view.panel.setState({ tone: 'waiting', title: 'Reading the sections that just loaded…' });
    } else {
      view.waiting();
    }
    let answer;
    try {
      answer = await S.within(
        ext.runtime.sendMessage({ type: 'scannable:annotate', url: location.href, html: root.outerHTML }),
        NO_ANSWER_MS,
        () => ({ ok: false, problem: { code: 'no-answer', title: 'Scannable did not hear back.',
          message: 'The extension sent this page for reading and got no answer.',
          hint: 'Try again; if it keeps happening, reload the page.' } }));
    } catch (err) {
      answer = { ok: false, problem: { code: 'extension-reloaded', title: 'Scannable was updated or reloaded.',
        message: 'This tab still runs the old copy.', hint: 'Reload the page to use Scannable again.' } };
    }
    if (gen !== generation || !overlay) return;
    if (answer && answer.paused) { paused = true; overlay.paused(); return; }
    if (answer && answer.ok) overlay.render(answer.collection, profileRoot());
    else overlay.failed((answer && answer.problem) || {});
  }

  function sleep(ms) { return new Promise((resolve) => setTimeout(resolve, ms)); }

  /**
   * After a URL change the old profile can still be mounted: wait until the DOM shows a different
   * profile (or links to the new slug) and has been quiet for a moment, or until a time limit.
   */
  async function newProfileSettled(previous, slug, gen) {
    const deadline = Date.now() + NEW_PROFILE_WAIT_MS;
    while (Date.now() < deadline) {
      await sleep(150);
      if (gen !== generation) return false;
      const root = profileRoot();
      const changed = !previous || signature(root) !== previous
        || Boolean(root.querySelector(`a[href*="/in/${CSS.escape(slug)}/"]`));
      const hasText = (root.textContent || '').trim().length > 0;
      if (changed && hasText && Date.now() - lastMutation >= QUIET_MS) return true;
    }
    return gen === generation;
  }

  async function onNavigated(previousUrl) {
    const gen = ++generation;
    if (!isProfileUrl(location.href)) { removeOverlay(); return; }
    if (isProfileUrl(previousUrl) && slugOf(previousUrl) === slugOf(location.href) && overlay) return;
    if (paused) return;
    const previous = sent && sent.signature;
    ensureOverlay().waiting('Waiting for the new profile to load…');
    if (await newProfileSettled(previous, slugOf(location.href), gen)) annotate('navigation');
  }

  function checkUrl() {
    if (location.href === lastUrl) return;
    const previous = lastUrl;
    lastUrl = location.href;
    onNavigated(previous);
  }

  /** Lower sections load as the reader scrolls: send the page again when it has grown. */
  function checkLazySections() {
    lazyTimer = 0;
    if (paused || !overlay || !sent || !isProfileUrl(location.href)) return;
    const state = overlay.host && overlay.host.getAttribute('data-state');
    if (state !== 'ready') return;
    const now = shape(profileRoot());
    if (now.signature !== sent.signature) return;   // a navigation is under way; it re-sends itself
    if (now.sections > sent.sections || now.textLength > sent.textLength * 1.15 + 200) annotate('lazy');
  }

  const observer = new MutationObserver((records) => {
    // Only the profile's own content counts: LinkedIn's header and messaging change all the time.
    const root = profileRoot();
    if (!records.some((r) => root.contains(r.target) || r.target.contains(root))) return;
    lastMutation = Date.now();
    if (lazyTimer) clearTimeout(lazyTimer);
    lazyTimer = setTimeout(checkLazySections, LAZY_DEBOUNCE_MS);
  });

  async function start() {
    const synced = await ext.storage.sync.get({ paused: false });
    paused = Boolean(synced.paused);
    observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
    if (globalThis.navigation && typeof globalThis.navigation.addEventListener === 'function') {
      globalThis.navigation.addEventListener('navigatesuccess', checkUrl);
    }
    window.addEventListener('popstate', checkUrl);
    setInterval(checkUrl, 500);
    if (!paused && isProfileUrl(location.href)) {
      const gen = ++generation;
      if (await newProfileSettled(null, slugOf(location.href), gen)) annotate('load');
    }
  }

  ext.runtime.onMessage.addListener((message) => {
    if (!message || message.type !== 'scannable:run') return false;
    if (overlay && overlay.panel) overlay.panel.setCollapsed(false);
    annotate('toolbar');
    return false;
  });

  ext.storage.onChanged.addListener((changes, area) => {
    if (area === 'sync' && changes.paused) {
      paused = Boolean(changes.paused.newValue);
      generation++;
      removeOverlay();
      if (!paused && isProfileUrl(location.href)) annotate('resume');
    } else if ((area === 'sync' && changes.serverUrl) || (area === 'local' && changes.token)) {
      const state = overlay && overlay.host && overlay.host.getAttribute('data-state');
      if (state === 'error') annotate('settings');
    }
  });

  start();
})();
