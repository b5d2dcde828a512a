/*
 * deadline.js: a promise raced against a timer.
 *
 * Why: the content script waits on a message to the background, which makes the call to the
 * service. That call gives up by itself (service.js), but the message can be lost on the way
 * (Firefox suspending its event page as the message arrives was seen once in the e2e tests); the
 * panel must then say so, not show "Reading this profile..." for ever.
 */
(function () {
  'use strict';

  /** `promise`'s value, or `fallback()`'s once `ms` have passed without one; the timer is always cleared. */
  function within(promise, ms, fallback) {
    let timer = null;
    const late = new Promise((resolve) => { timer = setTimeout(() => resolve(fallback()), ms); });
    return Promise.race([promise, late]).finally(() => clearTimeout(timer));
  }

  const api = { within };
  if (typeof module === 'object' && module.exports) module.exports = api;
  else globalThis.Scannable = Object.assign(globalThis.Scannable || {}, api);
})();
