/* Text normalisation: the live page read the way the service read the snapshot. */
'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const { page, samplePage, sampleCollection, ext } = require('./helpers.js');

const { collapse, buildIndex, rangeFor, atBlockStart, atBlockEnd } = ext('text.js');

test('collapse turns every run of whitespace into one space and trims the ends', () => {
  assert.equal(collapse('  grew  revenue\n 27%\u00a0in a year '), 'grew revenue 27% in a year');
  assert.equal(collapse('\t\n'), '');
});

test('the index skips screen-reader copies, scripts, templates and hidden panels', () => {
  const win = page(`<main><div><span aria-hidden="true">Jul 2021 - Present</span><span class="visually-hidden">Jul 2021 to Present</span></div>
    <script>var x = "not text";</script><template>template text</template>
    <div hidden>Given recommendation</div><p>Shown</p></main>`);
  const index = buildIndex(win.document.querySelector('main'));
  assert.equal(index.text, 'Jul 2021 - Present Shown');
});

test('block elements separate words; inline elements and comments do not', () => {
  const win = page('<main><div>Led a team<br>of 12</div><div>Grew <b>rev</b><!---->enue 27%</div></main>');
  const index = buildIndex(win.document.querySelector('main'));
  assert.equal(index.text, 'Led a team of 12 Grew revenue 27%');
  const grew = index.text.indexOf('Grew');
  assert.ok(atBlockStart(index, grew), 'a <div> starts a block');
  assert.ok(!atBlockStart(index, index.text.indexOf('of 12')), 'a <br> is a line break inside the block');
  assert.ok(atBlockEnd(index, grew - 1));
  assert.ok(atBlockEnd(index, index.text.length));
});

test('a range over the index covers exactly the words, across element boundaries', () => {
  const win = page('<main><p>Grew <b>self-serve</b>   revenue from $4.2M to $11M</p></main>');
  const index = buildIndex(win.document.querySelector('main'));
  const start = index.text.indexOf('self-serve revenue');
  const range = rangeFor(index, start, start + 'self-serve revenue'.length);
  assert.equal(range.toString(), 'self-serve   revenue');
  assert.equal(collapse(range.toString()), 'self-serve revenue');
});

test("every quote the service took from the sample profile is in the live page's text", () => {
  const win = samplePage();
  const index = buildIndex(win.document.querySelector('main'));
  const items = sampleCollection().items;
  assert.ok(items.length >= 10);
  for (const item of items) {
    const quote = item.target.selector[0];
    assert.ok(index.text.includes(quote.exact), `not found: ${quote.exact}`);
    if (quote.prefix) assert.ok(index.text.includes(quote.prefix + quote.exact), `prefix differs: ${quote.prefix}|${quote.exact}`);
    if (quote.suffix) assert.ok(index.text.includes(quote.exact + quote.suffix), `suffix differs: ${quote.exact}|${quote.suffix}`);
  }
});
