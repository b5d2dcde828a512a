/* The call to the service and the user-facing problems, with a fake fetch (no network). */
'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const { ext } = require('./helpers.js');

const { annotatePage, annotateRequest, TOKEN_HEADER, MAX_HTML_CHARS } = ext('service.js');
const { normaliseServerUrl, originPattern, isBuiltInServer } = ext('settings.js');

const settings = { serverUrl: 'http://127.0.0.1:8000', token: '' };
const page = { url: 'https://www.linkedin.com/in/someone/', html: '<main>Grew revenue 27%</main>' };

function answer(status, body) {
  return async () => ({ ok: status < 400, status, json: async () => body });
}

test('the page is posted as JSON to /v1/annotate, the token header only when a token is set', () => {
  const plain = annotateRequest(page, settings);
  assert.equal(plain.url, 'http://127.0.0.1:8000/v1/annotate');
  assert.deepEqual(JSON.parse(plain.init.body), { url: page.url, html: page.html });
  assert.equal(plain.init.headers[TOKEN_HEADER], undefined);
  const withToken = annotateRequest(page, { ...settings, token: 's3cret' });
  assert.equal(withToken.init.headers['X-Scannable-Token'], 's3cret');
});

test('a collection comes back as ok', async () => {
  const result = await annotatePage(page, settings, answer(200, { items: [], summary: {} }));
  assert.equal(result.ok, true);
  assert.deepEqual(result.collection.items, []);
});

test('a service that is not running says to start it with make run', async () => {
  const down = async () => { throw new TypeError('Failed to fetch'); };
  const result = await annotatePage(page, settings, down);
  assert.equal(result.ok, false);
  assert.equal(result.problem.code, 'service-down');
  assert.match(result.problem.hint, /make run/);
  const other = await annotatePage(page, { serverUrl: 'https://scannable.example.org', token: '' }, down);
  assert.match(other.problem.hint, /scannable\.example\.org/);
});

test('a refused token, a page too large and a service error each get their own message', async () => {
  assert.equal((await annotatePage(page, settings, answer(401, {}))).problem.code, 'token-refused');
  assert.equal((await annotatePage(page, settings, answer(403, {}))).problem.code, 'token-refused');
  assert.equal((await annotatePage(page, settings, answer(413, {}))).problem.code, 'too-large');
  const error = await annotatePage(page, settings, answer(422, { error: { code: 'invalid_request', message: 'Send exactly one of "html" and "text".' } }));
  assert.equal(error.problem.code, 'service-error');
  assert.equal(error.problem.message, 'Send exactly one of "html" and "text".');
  assert.equal((await annotatePage(page, settings, answer(200, { nope: 1 }))).problem.code, 'bad-answer');
});

test('a page over the size limit is refused before it is sent', async () => {
  let called = false;
  const big = { url: page.url, html: 'x'.repeat(MAX_HTML_CHARS + 1) };
  const result = await annotatePage(big, settings, async () => { called = true; });
  assert.equal(result.problem.code, 'too-large');
  assert.equal(called, false);
});

test('a slow service times out with a message, not a hang', async () => {
  const never = (url, init) => new Promise((resolve, reject) => {
    init.signal.addEventListener('abort', () => reject(Object.assign(new Error('aborted'), { name: 'AbortError' })));
  });
  const result = await annotatePage(page, settings, never, 20);
  assert.equal(result.problem.code, 'timeout');
});

test('server URLs: http(s) only, no trailing slash; loopback needs no extra permission', () => {
  assert.equal(normaliseServerUrl(' http://127.0.0.1:8000/ '), 'http://127.0.0.1:8000');
  assert.equal(normaliseServerUrl('https://team.example.org/scannable/'), 'https://team.example.org/scannable');
  assert.equal(normaliseServerUrl('javascript:alert(1)'), null);
  assert.equal(normaliseServerUrl('ftp://x'), null);
  assert.equal(normaliseServerUrl(''), null);
  assert.equal(originPattern('http://10.1.2.3:9000'), 'http://10.1.2.3/*');
  assert.ok(isBuiltInServer('http://localhost:9000'));
  assert.ok(!isBuiltInServer('https://127.0.0.1:8000'));
});

test('a local service on another port is started with PORT=... make run', async () => {
  const down = async () => { throw new TypeError('Failed to fetch'); };
  const result = await annotatePage(page, { serverUrl: 'http://localhost:9123', token: '' }, down);
  assert.match(result.problem.hint, /PORT=9123 make run/);
});
