// The drop-in variant of the web build (-DQUARRY_WEB_DROP_IN=ON): the page loads an extra plugin `.wasm` at run
// time, the browser twin of dropping a module into a plugin directory. Headless Chromium loads the example
// out-of-tree plugin (examples/acronyms-plugin built as a SIDE_MODULE), and the test checks that it joins the
// plugin list, that the JSON then equals the native CLI's with the same plugin as a module in --plugin-dir, that
// its kind is highlighted (in the neutral colour of kinds outside the schema), and that a file that is not a
// side module is refused with a message while the page keeps working.
// Run by scripts/web-test.sh, which sets QUARRY_WEB_DROP_IN_SITE, QUARRY_CLI, QUARRY_SOURCE_DIR and
// QUARRY_DROP_IN_PLUGIN_DIR (a directory holding the same plugin built natively).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {after, before, test} from 'node:test';

import {annotationLists, assertSameJson, cliJson, examples, highlightsOnPage, openPage, pluginsOnPage, requiredEnv,
  runAndWait} from './page_driver.mjs';

const SITE = requiredEnv('QUARRY_WEB_DROP_IN_SITE');
const CLI = requiredEnv('QUARRY_CLI');
const SOURCE_DIR = requiredEnv('QUARRY_SOURCE_DIR');
const NATIVE_PLUGIN_DIR = requiredEnv('QUARRY_DROP_IN_PLUGIN_DIR');
const ARTIFACTS = process.env.QUARRY_WEB_ARTIFACTS || path.join(SITE, '..', 'artifacts');

let session;
let page;

before(async () => {
  session = await openPage(SITE);
  page = session.page;
});

after(async () => {
  if (session) await session.close();
});

async function loadedStatus(action) {
  await page.evaluate(() => { document.getElementById('drop-in-status').textContent = ''; });
  await action();
  await page.waitForFunction(() => /^(Loaded|Not loaded)/.test(document.getElementById('drop-in-status').textContent));
  return page.textContent('#drop-in-status');
}

test('a file that is not a side module is refused, and nothing else changes', async () => {
  assert.equal(await page.isVisible('#drop-in'), true, 'the drop-in build does not offer loading plugins');
  const before = await pluginsOnPage(page);
  const status = await loadedStatus(() => page.setInputFiles('#plugin-file', {
    name: 'not-a-plugin.wasm', mimeType: 'application/wasm', buffer: Buffer.from('this is text, not WebAssembly\n'),
  }));
  assert.match(status, /^Not loaded: /);
  assert.deepEqual(await pluginsOnPage(page), before);
});

test('the example plugin loads at run time and the JSON equals the CLI with the module dropped in', async () => {
  const before = await pluginsOnPage(page);
  const status = await loadedStatus(() => page.click('#load-example-plugin'));
  assert.match(status, /^Loaded acronyms 1\.0\.0/);
  const after = await pluginsOnPage(page);
  assert.deepEqual(after.map((p) => p.name), [...before.map((p) => p.name), 'acronyms']);

  await runAndWait(page);
  const {file, date} = examples(SOURCE_DIR)[0];
  const pageJson = await page.textContent('#json');
  assertSameJson(pageJson, cliJson(CLI, SOURCE_DIR, ['--plugin-dir', NATIVE_PLUGIN_DIR, '--date', date,
                                                     `examples/articles/${file}`]), 'drop-in', ARTIFACTS);
  const doc = JSON.parse(pageJson);
  assert.ok((doc.acronyms || []).length > 0, 'the default article has no acronyms');
  const shown = await highlightsOnPage(page);
  for (const [kind, entries] of annotationLists(doc)) {
    entries.forEach((entry, index) => {
      if (entry.end > entry.start) assert.equal(shown.get(`${kind}:${index}`)?.text, entry.text, `${kind}[${index}]`);
    });
  }
  const classes = await page.$eval('#highlighted mark[data-kind="acronyms"]', (e) => e.className);
  assert.match(classes, /kind-other/);
  fs.mkdirSync(ARTIFACTS, {recursive: true});
  await page.screenshot({path: path.join(ARTIFACTS, 'web-drop-in.png'), fullPage: true});
});

test('loading the same plugin twice is refused as a duplicate', async () => {
  const status = await loadedStatus(() => page.setInputFiles('#plugin-file', {
    name: 'acronyms-again.wasm', mimeType: 'application/wasm',
    buffer: fs.readFileSync(path.join(SITE, 'plugins', 'acronyms.wasm')),
  }));
  assert.match(status, /^Not loaded: .*duplicate/);
});

test('the page logged no errors', () => {
  assert.deepEqual(session.errors, []);
});
