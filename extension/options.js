/*
 * options.js: load and save the settings of options.html; ask for the host permission of a server
 * other than the built-in 127.0.0.1/localhost at the moment the user saves it (a click is needed).
 */
(function () {
  'use strict';

  const ext = globalThis.browser || globalThis.chrome;
  const S = globalThis.Scannable;
  const $ = (id) => document.getElementById(id);

  function say(text, tone) {
    $('status').textContent = text;
    $('status').setAttribute('data-tone', tone || 'info');
  }

  async function load() {
    const settings = await S.loadSettings(ext);
    $('server').value = settings.serverUrl;
    $('token').value = settings.token;
    $('paused').checked = settings.paused;
  }

  function requestPermission(serverUrl) {
    // Called straight from the click: permissions.request needs the user's gesture.
    if (S.isBuiltInServer(serverUrl)) return Promise.resolve(true);
    return ext.permissions.request({ origins: [S.originPattern(serverUrl)] });
  }

  $('form').addEventListener('submit', (ev) => {
    ev.preventDefault();
    const serverUrl = S.normaliseServerUrl($('server').value);
    if (!serverUrl) { say('The server must be an http:// or https:// address, like http://127.0.0.1:8000.', 'error'); return; }
    requestPermission(serverUrl).then(async (granted) => {
      if (!granted) { say(`Not saved: the browser did not allow Scannable to reach ${serverUrl}.`, 'error'); return; }
      await ext.storage.sync.set({ serverUrl, paused: $('paused').checked });
      await ext.storage.local.set({ token: $('token').value.trim() });
      say('Saved.');
    }, (err) => say(`Not saved: ${err && err.message}`, 'error'));
  });

  $('paused').addEventListener('change', async () => {
    await ext.storage.sync.set({ paused: $('paused').checked });
    say($('paused').checked ? 'Paused everywhere.' : 'Running again.');
  });

  $('test').addEventListener('click', async () => {
    say('Testing…');
    const answer = await ext.runtime.sendMessage({ type: 'scannable:health' });
    if (answer && answer.ok) say('The service answers.');
    else say(`${answer.problem.title} ${answer.problem.hint || ''}`, 'error');
  });

  load();
})();
