/*
 * service.js: one call to the Scannable service, and what to tell the user when it fails.
 *
 * Why here: the page cannot call http://127.0.0.1 itself (CORS, Local Network Access); the service
 * worker can. This file holds no browser API, so node tests run it with a fake fetch. Every failure
 * becomes a short problem {code, title, message, hint} the panel shows as text.
 */
(function () {
  'use strict';

  const TOKEN_HEADER = 'X-Scannable-Token';
  const MAX_HTML_CHARS = 5 * 1024 * 1024;   // the service's default SCANNABLE_MAX_BYTES
  const TIMEOUT_MS = 30000;

  function startHint(serverUrl) {
    const local = /^http:\/\/(127\.0\.0\.1|localhost)(?::(\d+))?$/.exec(serverUrl);
    if (!local) return `Check that the Scannable service at ${serverUrl} is running, or change the server on the options page.`;
    const port = local[2] && local[2] !== '8000' ? `PORT=${local[2]} ` : '';
    return `Start the service: ${port}make run (in the Scannable folder), then try again.`;
  }

  const PROBLEMS = {
    down: (s) => ({ code: 'service-down', title: 'The Scannable service is not running.',
      message: `Nothing answered at ${s}.`, hint: startHint(s) }),
    timeout: (s) => ({ code: 'timeout', title: 'The Scannable service did not answer in time.',
      message: `${s} took longer than ${TIMEOUT_MS / 1000} seconds.`, hint: startHint(s) }),
    token: () => ({ code: 'token-refused', title: 'The service refused the access token.',
      message: 'This server asks for an access token, and the one set was missing or wrong.',
      hint: 'Set the token on the options page (right-click the toolbar button, Options).' }),
    tooLarge: () => ({ code: 'too-large', title: 'This page is too large to send.',
      message: 'The page is over the service\'s size limit.',
      hint: 'Open the profile itself (not a long feed), or raise SCANNABLE_MAX_BYTES on the service.' }),
    failed: (message) => ({ code: 'service-error', title: 'The service could not read this page.',
      message: message || 'It answered with an error.', hint: 'Try again; if it keeps failing, the page may not be a profile.' }),
    unexpected: () => ({ code: 'bad-answer', title: 'The service answered something unexpected.',
      message: 'The answer was not an annotation collection.', hint: 'Check the server URL on the options page.' }),
  };

  /** The fetch() arguments for one page. */
  function annotateRequest(page, settings) {
    const headers = { 'Content-Type': 'application/json' };
    if (settings.token) headers[TOKEN_HEADER] = settings.token;
    return {
      url: `${settings.serverUrl}/v1/annotate`,
      init: { method: 'POST', headers, body: JSON.stringify({ url: page.url, html: page.html }),
        credentials: 'omit', cache: 'no-store', redirect: 'error' },
    };
  }

  /** The service's own one-line message from an error body {"error": {"message"}}, as text. */
  async function errorMessage(response) {
    try {
      const body = await response.json();
      const msg = body && body.error && body.error.message;
      return typeof msg === 'string' ? msg.slice(0, 300) : '';
    } catch (err) {
      return '';
    }
  }

  /**
   * Annotate a page: {ok: true, collection} or {ok: false, problem}.
   * page: {url, html}; settings: {serverUrl, token}; fetchImpl: fetch or a test double.
   */
  async function annotatePage(page, settings, fetchImpl, timeoutMs) {
    if (!page || typeof page.html !== 'string' || !page.html) return { ok: false, problem: PROBLEMS.failed('Nothing to read on this page.') };
    if (page.html.length > MAX_HTML_CHARS) return { ok: false, problem: PROBLEMS.tooLarge() };
    const { url, init } = annotateRequest(page, settings);
    const controller = typeof AbortController === 'function' ? new AbortController() : null;
    const timer = controller ? setTimeout(() => controller.abort(), timeoutMs || TIMEOUT_MS) : null;
    let response;
    try {
      response = await fetchImpl(url, controller ? { ...init, signal: controller.signal } : init);
    } catch (err) {
      return { ok: false, problem: err && err.name === 'AbortError' ? PROBLEMS.timeout(settings.serverUrl) : PROBLEMS.down(settings.serverUrl) };
    } finally {
      if (timer) clearTimeout(timer);
    }
    if (response.status === 401 || response.status === 403) return { ok: false, problem: PROBLEMS.token() };
    if (response.status === 413) return { ok: false, problem: PROBLEMS.tooLarge() };
    if (!response.ok) return { ok: false, problem: PROBLEMS.failed(await errorMessage(response)) };
    let collection;
    try {
      collection = await response.json();
    } catch (err) {
      return { ok: false, problem: PROBLEMS.unexpected() };
    }
    if (!collection || !Array.isArray(collection.items)) return { ok: false, problem: PROBLEMS.unexpected() };
    return { ok: true, collection };
  }

  /** GET /healthz: {ok, problem?}, for the options page's "Test connection". */
  async function checkHealth(settings, fetchImpl) {
    try {
      const response = await fetchImpl(`${settings.serverUrl}/healthz`, { credentials: 'omit', cache: 'no-store' });
      return response.ok ? { ok: true } : { ok: false, problem: PROBLEMS.failed(`It answered ${response.status}.`) };
    } catch (err) {
      return { ok: false, problem: PROBLEMS.down(settings.serverUrl) };
    }
  }

  const api = { TOKEN_HEADER, MAX_HTML_CHARS, annotateRequest, annotatePage, checkHealth, PROBLEMS };
  if (typeof module === 'object' && module.exports) module.exports = api;
  else globalThis.Scannable = Object.assign(globalThis.Scannable || {}, api);
})();
