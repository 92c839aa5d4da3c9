// End-to-end test of the browser demo: Debian's headless Chromium (playwright-core) loads the page from a local
// http.server, runs the default example article, and the test checks that
//  - the JSON on the page is byte-identical to `quarry extract --date D --format json FILE` (native CLI),
//    also for edited text (as from stdin) and for a plugin selection (as --plugins);
//  - every annotation of the JSON is highlighted with its kind's class over exactly its text, and every
//    schema kind that this build has a plugin for appears in the default article, each in its own colour;
//  - hovering and clicking a highlight shows its card, and there is a table per kind;
//  - the page logs no errors.
// A screenshot is saved to QUARRY_WEB_ARTIFACTS. Run by scripts/web-test.sh, which builds what it needs and
// sets QUARRY_WEB_SITE (the served folder), QUARRY_CLI (the native quarry) and QUARRY_SOURCE_DIR.
import assert from 'node:assert/strict';
import path from 'node:path';
import {after, before, test} from 'node:test';

import {annotationLists, assertSameJson, cliJson, examples, highlightsOnPage, openPage, pluginsOnPage, requiredEnv,
  runAndWait} from './page_driver.mjs';

const SITE = requiredEnv('QUARRY_WEB_SITE');
const CLI = requiredEnv('QUARRY_CLI');
const SOURCE_DIR = requiredEnv('QUARRY_SOURCE_DIR');
const ARTIFACTS = process.env.QUARRY_WEB_ARTIFACTS || path.join(SITE, '..', 'artifacts');
const SCHEMA_KINDS = ['figures', 'actors', 'quotes', 'dates'];
const KEY_ATTRIBUTES = {
  figures: ['value', 'qualifier', 'unit'],
  actors: ['name', 'role', 'affiliation'],
  quotes: ['speaker', 'cue'],
  dates: ['type', 'value'],
};

let session;
let page;
const cli = (args, input) => cliJson(CLI, SOURCE_DIR, args, input);
const defaultArticle = () => examples(SOURCE_DIR)[0];

before(async () => {
  session = await openPage(SITE);
  page = session.page;
});

after(async () => {
  if (session) await session.close();
});

test('the page loads the module and offers the example articles', async () => {
  const plugins = await pluginsOnPage(page);
  assert.ok(plugins.length > 0, 'the module lists no plugins');
  for (const plugin of plugins) assert.match(plugin.version, /\S/, `plugin ${plugin.name} shows no version`);
  const offered = await page.$$eval('#example option', (options) => options.map((o) => o.value));
  assert.deepEqual(offered, examples(SOURCE_DIR).map((item) => item.file));
  assert.equal(await page.inputValue('#example'), defaultArticle().file);
  assert.equal(await page.inputValue('#date'), defaultArticle().date);
  assert.equal(await page.isHidden('#drop-in'), true, 'the static build offers run-time plugin loading');
});

let defaultDoc;

test('the default article gives the same JSON as the native CLI', async () => {
  await runAndWait(page);
  const {file, date} = defaultArticle();
  const pageJson = await page.textContent('#json');
  assertSameJson(pageJson, cli(['--date', date, `examples/articles/${file}`]), 'default-article', ARTIFACTS);
  defaultDoc = JSON.parse(pageJson);
  const listed = Object.fromEntries((await pluginsOnPage(page)).map((p) => [p.name, p.version]));
  assert.deepEqual(defaultDoc.plugins, listed, 'the plugins that ran are not the ones the page lists');
});

// Every annotation of `doc` is highlighted with its kind over exactly its text; returns the colour per kind.
async function assertHighlighted(doc) {
  const shown = await highlightsOnPage(page);
  const colours = new Map();
  for (const [kind, entries] of annotationLists(doc)) {
    entries.forEach((entry, index) => {
      if (entry.end <= entry.start) return;
      const mark = shown.get(`${kind}:${index}`);
      assert.ok(mark, `${kind}[${index}] "${entry.text}" is not highlighted`);
      assert.equal(mark.text, entry.text, `${kind}[${index}] is highlighted over other text`);
      assert.equal(mark.kind, kind);
      colours.set(kind, mark.colour);
    });
  }
  return colours;
}

test('every annotation is highlighted over its text, in its kind\'s colour', async () => {
  assert.ok(defaultDoc, 'needs the default article run');
  const colours = await assertHighlighted(defaultDoc);
  // Each schema kind this build can produce must show up in the default article, each in its own colour.
  const provided = new Set((await pluginsOnPage(page)).flatMap((p) => p.provides));
  const expected = SCHEMA_KINDS.filter((kind) => provided.has(kind));
  const missing = SCHEMA_KINDS.filter((kind) => !provided.has(kind));
  if (missing.length) console.log(`# not checked: no plugin in this build provides ${missing.join(', ')}`);
  assert.ok(expected.length > 0, 'no plugin provides any of the schema kinds');
  for (const kind of expected) {
    assert.ok((defaultDoc[kind] || []).length > 0, `the default article has no ${kind}`);
    assert.ok(colours.has(kind), `no ${kind} highlight`);
  }
  const distinct = new Set(expected.map((kind) => colours.get(kind)));
  assert.equal(distinct.size, expected.length, `kinds share a colour: ${JSON.stringify([...colours])}`);
});

test('hovering a highlight shows its card; clicking pins it', async () => {
  assert.ok(defaultDoc, 'needs the default article run');
  for (const [kind, entries] of annotationLists(defaultDoc)) {
    if (entries.length === 0) continue;
    // The first annotation of the kind with an element that holds no other annotation, so the pointer lands on
    // it alone (one with exactly the span of another kind's annotation may be wrapped around that one).
    const index = await page.evaluate((kind) => {
      const leaf = [...document.querySelectorAll(`#highlighted mark.ann[data-kind="${kind}"]`)]
        .find((mark) => !mark.querySelector('mark.ann'));
      return leaf ? Number(leaf.dataset.ref.split(':')[1]) : -1;
    }, kind);
    assert.ok(index >= 0, `no ${kind} highlight can be pointed at alone`);
    const ref = `${kind}:${index}`;
    const target = page.locator(`#highlighted mark.ann[data-ref="${ref}"]:not(:has(mark.ann))`).first();
    await target.scrollIntoViewIfNeeded();
    await target.hover();
    await page.waitForSelector('#tooltip:not([hidden])');
    const card = await page.textContent('#tooltip');
    assert.ok(card.includes(entries[index].text), `the ${ref} card does not quote its text: ${card}`);
    for (const key of KEY_ATTRIBUTES[kind] || []) {
      if (key in entries[index]) assert.ok(card.includes(key), `the ${ref} card lacks "${key}": ${card}`);
    }
    await target.click();
    const pinned = await page.textContent('#details');
    assert.ok(pinned.includes(entries[index].text), `clicking ${ref} did not pin its card`);
  }
  // The screenshot shows a quote's card pinned (or the first highlight's) and the hover card of the first one.
  const quote = page.locator('#highlighted mark.kind-quotes').first();
  // dispatchEvent: a quote wraps over lines, so no single point of its box is sure to be on its text.
  if (await quote.count()) await quote.dispatchEvent('click');
  await page.mouse.move(5, 5);
  await page.locator('#highlighted mark.ann').first().hover();
  await page.screenshot({path: path.join(ARTIFACTS, 'web-e2e.png'), fullPage: true});
});

test('a table per kind with a row per annotation', async () => {
  assert.ok(defaultDoc, 'needs the default article run');
  for (const [kind, entries] of annotationLists(defaultDoc)) {
    const rows = await page.$$eval(`#tables section[data-kind="${kind}"] tbody tr`, (trs) => trs.length);
    assert.equal(rows, entries.length, `the ${kind} table`);
    if (entries.length === 0) continue;
    await page.click(`#tables tr[data-ref="${kind}:0"]`);
    assert.ok((await page.textContent('#details')).includes(entries[0].text), `clicking the ${kind} row pins no card`);
  }
});

test('edited text gives the same JSON as the CLI reading stdin', async () => {
  const {date} = defaultArticle();
  const original = await page.inputValue('#text');
  // Multi-byte characters before and inside annotations: UTF-8 offsets and JavaScript indices part ways here.
  const edited = `${original}\nOfficials in Zürich said on Monday that 12 more villages — home to about 3,500 ` +
    'people 🌧️ — were evacuated. “We expect 2,000 more,” said Zoë Müller, a Red Cross spokeswoman, on Tuesday.\n';
  await page.fill('#text', edited);
  await runAndWait(page);
  const pageJson = await page.textContent('#json');
  assert.match(pageJson, /"id": "-"/);
  assertSameJson(pageJson, cli(['--date', date, '-'], edited), 'edited-text', ARTIFACTS);
  await assertHighlighted(JSON.parse(pageJson));
  await page.fill('#text', original);
});

test('a text the core rejects gives the CLI\'s error record', async () => {
  const original = await page.inputValue('#text');
  await page.fill('#text', '   \n');
  await runAndWait(page);
  const pageJson = await page.textContent('#json');
  assert.match(pageJson, /"error": /);
  assertSameJson(pageJson, cli(['--date', defaultArticle().date, '-'], '   \n'), 'rejected-text', ARTIFACTS);
  assert.equal(await page.isVisible('#problems'), true, 'the page does not say the document was rejected');
  await page.fill('#text', original);
});

test('"Run as I type" runs after an edit without pressing Run', async () => {
  const original = await page.inputValue('#text');
  await page.check('#live');
  // One input event (fill), so exactly one run follows the pause.
  await runAndWait(page, () => page.fill('#text', `${original} It rained on Sunday.`));
  const pageJson = await page.textContent('#json');
  assertSameJson(pageJson, cli(['--date', defaultArticle().date, '-'], await page.inputValue('#text')), 'live-edit',
                 ARTIFACTS);
  await page.uncheck('#live');
  await page.fill('#text', original);
});

test('a plugin selection gives the same JSON as --plugins', async () => {
  const {file, date} = defaultArticle();
  assert.ok((await page.textContent('#doc-id')).includes(file), 'the example is not back to its own text');
  const plugins = await pluginsOnPage(page);
  const chosen = plugins[plugins.length - 1].name;  // whatever it requires comes along, as in the CLI
  for (const plugin of plugins) await page.setChecked(`#plugins input[value="${plugin.name}"]`, plugin.name === chosen);
  await runAndWait(page);
  assertSameJson(await page.textContent('#json'),
                 cli(['--date', date, '--plugins', chosen, `examples/articles/${file}`]), `plugins-${chosen}`, ARTIFACTS);
  for (const plugin of plugins) await page.setChecked(`#plugins input[value="${plugin.name}"]`, true);
});

test('the page logged no errors', () => {
  assert.deepEqual(session.errors, []);
});
