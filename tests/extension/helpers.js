/* helpers.js: a jsdom page for the extension's unit tests, and the repository's own fixtures. */
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const { JSDOM } = require('jsdom');

const ROOT = path.resolve(__dirname, '..', '..');
const EXTENSION = path.join(ROOT, 'extension');

/** A jsdom window for an HTML string (no scripts run, as in a content script's view of a page). */
function page(html, url) {
  return new JSDOM(html, { url: url || 'https://www.linkedin.com/in/someone/' }).window;
}

/** The bundled sample profile (server/demo/sample-profile.html), as a jsdom window. */
function samplePage() {
  return page(fs.readFileSync(path.join(ROOT, 'server', 'demo', 'sample-profile.html'), 'utf8'),
    'https://www.linkedin.com/in/maya-okafor-sample/');
}

/** What the service answers for the sample profile (the golden file the Python tests keep current). */
function sampleCollection() {
  return JSON.parse(fs.readFileSync(path.join(ROOT, 'tests', 'fixtures', 'sample-profile.expected.json'), 'utf8'));
}

function ext(name) {
  return require(path.join(EXTENSION, name));
}

module.exports = { page, samplePage, sampleCollection, ext, ROOT, EXTENSION };
