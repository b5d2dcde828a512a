/*
 * settings.js: the user's settings and their defaults, read the same way by the service worker,
 * the content script and the options page.
 *
 * serverUrl and paused live in storage.sync (they follow the user); the access token stays in
 * storage.local (it never leaves this browser profile). The token is optional.
 */
(function () {
  'use strict';

  const DEFAULT_SERVER = 'http://127.0.0.1:8000';
  const DEFAULTS = { serverUrl: DEFAULT_SERVER, paused: false };

  /** An http(s) URL without a trailing slash, or null when the value is not one. */
  function normaliseServerUrl(value) {
    if (typeof value !== 'string' || !value.trim()) return null;
    try {
      const url = new URL(value.trim());
      if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
      if (url.username || url.password || url.search || url.hash) return null;
      return url.href.replace(/\/+$/, '');
    } catch (err) {
      return null;
    }
  }

  /** The host-permission pattern a server needs ("http://10.0.0.5/*"; ports are not part of patterns). */
  function originPattern(serverUrl) {
    const url = new URL(serverUrl);
    return `${url.protocol}//${url.hostname}/*`;
  }

  /** True for the servers the manifest already allows (the loopback service). */
  function isBuiltInServer(serverUrl) {
    const host = new URL(serverUrl).hostname;
    return new URL(serverUrl).protocol === 'http:' && (host === '127.0.0.1' || host === 'localhost');
  }

  /** {serverUrl, paused, token} from storage, with defaults. */
  async function loadSettings(ext) {
    const synced = await ext.storage.sync.get(DEFAULTS);
    const local = await ext.storage.local.get({ token: '' });
    return {
      serverUrl: normaliseServerUrl(synced.serverUrl) || DEFAULT_SERVER,
      paused: Boolean(synced.paused),
      token: typeof local.token === 'string' ? local.token : '',
    };
  }

  const api = { DEFAULT_SERVER, DEFAULTS, normaliseServerUrl, originPattern, isBuiltInServer, loadSettings };
  if (typeof module === 'object' && module.exports) module.exports = api;
  else globalThis.Scannable = Object.assign(globalThis.Scannable || {}, api);
})();
