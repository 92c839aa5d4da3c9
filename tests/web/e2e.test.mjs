// End-to-end test of the browser demo: Debian's headless Chromium (playwright-core) loads the page from a local
// http.server, runs the default example article, and the test checks that
//  - the JSON on the page is byte-identical to `quarry extract --date D --format json FILE` (native CLI),
//    also for edited text (as from stdin) and for a plugin selection (as --plugins);
//  - every annotation of the JSON is highlighted with its kind's class over exactly its text, and every
//    schema kind that this build has a plugin for appears in the default article;
//  - hovering and clicking a highlight shows its card, and there is a table per kind;
//  - the page logs no errors.
// A screenshot is saved to QUARRY_WEB_ARTIFACTS. Run by scripts/web-test.sh, which builds what it needs and
// sets QUARRY_WEB_SITE (the served folder), QUARRY_CLI (the native quarry) and QUARRY_SOURCE_DIR.
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {after, before, test} from 'node:test';

import {launchChromium} from '../../web/tools/headless-chromium.mjs';
import {startServer} from '../../web/tools/local-server.mjs';

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

function requiredEnv(name) {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set (run scripts/web-test.sh)`);
  return path.resolve(value);
}

let server;
let browser;
let page;
const pageErrors = [];

before(async () => {
  fs.mkdirSync(ARTIFACTS, {recursive: true});
  server = await startServer(SITE);
  browser = await launchChromium();
  page = browser.page;
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => pageErrors.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => pageErrors.push(`request failed: ${request.url()}`));
  page.on('response', (response) => {
    if (response.status() >= 400) pageErrors.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  await page.goto(server.url);
  await waitForIdle();
});

after(async () => {
  if (browser) await browser.close();
  if (server) await server.stop();
});

// Waits until the page is neither loading nor running; fails with the page's status line if it broke.
async function waitForIdle() {
  await page.waitForFunction(() => ['done', 'failed'].includes(document.body.dataset.state), null, {timeout: 60000});
  const state = await page.evaluate(() => document.body.dataset.state);
  if (state === 'failed') assert.fail(`the page failed: ${await page.textContent('#status')}`);
}

async function clickRun() {
  const runs = await page.evaluate(() => Number(document.body.dataset.runs || 0));
  await page.click('#run');
  await page.waitForFunction(
    (n) => Number(document.body.dataset.runs || 0) > n && ['done', 'failed'].includes(document.body.dataset.state),
    runs, {timeout: 60000});
  await waitForIdle();
}

function cli(args, input) {
  const result = spawnSync(CLI, ['extract', '--format', 'json', ...args], {cwd: SOURCE_DIR, input, encoding: 'utf8'});
  if (result.error) throw result.error;
  // Exit 1 (a plugin failed on this document) still prints the document's JSON; the page must show the same.
  assert.ok(result.status === 0 || result.status === 1, `quarry ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return result.stdout;
}

function assertSameJson(pageJson, cliJson, name) {
  if (pageJson === cliJson) return;
  fs.writeFileSync(path.join(ARTIFACTS, `${name}.page.json`), pageJson);
  fs.writeFileSync(path.join(ARTIFACTS, `${name}.cli.json`), cliJson);
  const pageLines = pageJson.split('\n');
  const cliLines = cliJson.split('\n');
  const line = pageLines.findIndex((text, i) => text !== cliLines[i]);
  assert.fail(`${name}: the page's JSON differs from the CLI's at line ${line + 1}:\n  page: ${pageLines[line]}\n` +
              `  cli:  ${cliLines[line]}\n(both saved in ${ARTIFACTS})`);
}

async function pluginsOnPage() {
  return page.$$eval('#plugins label.plugin', (labels) => labels.map((label) => ({
    name: label.querySelector('input').value,
    version: label.querySelector('.plugin-version').textContent,
    provides: [...label.querySelectorAll('.chip')].map((chip) => chip.textContent),
  })));
}

function annotationLists(doc) {
  return Object.entries(doc).filter(([key, value]) =>
    !['schema', 'id', 'dct', 'plugins', 'errors', 'error'].includes(key) && Array.isArray(value));
}

const examples = () => JSON.parse(fs.readFileSync(path.join(SOURCE_DIR, 'examples/articles/index.json'), 'utf8'));

test('the page loads the module and offers the example articles', async () => {
  const plugins = await pluginsOnPage();
  assert.ok(plugins.length > 0, 'the module lists no plugins');
  for (const plugin of plugins) assert.match(plugin.version, /\S/, `plugin ${plugin.name} shows no version`);
  const offered = await page.$$eval('#example option', (options) => options.map((o) => o.value));
  assert.deepEqual(offered, examples().map((item) => item.file));
  assert.equal(await page.inputValue('#example'), examples()[0].file);
  assert.equal(await page.inputValue('#date'), examples()[0].date);
});

let defaultDoc;

test('the default article gives the same JSON as the native CLI', async () => {
  await clickRun();
  const {file, date} = examples()[0];
  const pageJson = await page.textContent('#json');
  assertSameJson(pageJson, cli(['--date', date, `examples/articles/${file}`]), 'default-article');
  defaultDoc = JSON.parse(pageJson);
  const listed = Object.fromEntries((await pluginsOnPage()).map((p) => [p.name, p.version]));
  assert.deepEqual(defaultDoc.plugins, listed, 'the plugins that ran are not the ones the page lists');
});

test('every annotation is highlighted over its text, in its kind\'s colour', async () => {
  assert.ok(defaultDoc, 'needs the default article run');
  const marks = await page.$$eval('#highlighted mark.ann', (elements) => elements.map((e) => ({
    ref: e.dataset.ref, kind: e.dataset.kind, className: e.className, text: e.textContent,
    colour: getComputedStyle(e).backgroundColor,
  })));
  const byRef = new Map();
  for (const mark of marks) {
    if (!byRef.has(mark.ref)) byRef.set(mark.ref, {...mark, text: ''});
    byRef.get(mark.ref).text += mark.text;
  }
  const colours = new Map();
  for (const [kind, entries] of annotationLists(defaultDoc)) {
    entries.forEach((entry, index) => {
      if (entry.end <= entry.start) return;
      const shown = byRef.get(`${kind}:${index}`);
      assert.ok(shown, `${kind}[${index}] "${entry.text}" is not highlighted`);
      assert.equal(shown.text, entry.text, `${kind}[${index}] is highlighted over other text`);
      assert.equal(shown.kind, kind);
      colours.set(kind, shown.colour);
    });
  }
  // Each schema kind this build can produce must show up in the default article, each in its own colour.
  const provided = new Set((await pluginsOnPage()).flatMap((p) => p.provides));
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
    const index = entries.findIndex((entry) => entry.end > entry.start);
    if (index < 0) continue;
    const ref = `${kind}:${index}`;
    // An element of this annotation with no other annotation inside, so the pointer lands on it alone.
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
  await page.mouse.move(5, 5);
  await page.locator('#highlighted mark.ann').first().hover();
  await page.screenshot({path: path.join(ARTIFACTS, 'web-e2e.png'), fullPage: true});
});

test('a table per kind with a row per annotation', async () => {
  assert.ok(defaultDoc, 'needs the default article run');
  for (const [kind, entries] of annotationLists(defaultDoc)) {
    const rows = await page.$$eval(`#tables section[data-kind="${kind}"] tbody tr`, (trs) => trs.length);
    assert.equal(rows, entries.length, `the ${kind} table`);
  }
});

test('edited text gives the same JSON as the CLI reading stdin', async () => {
  const {date} = examples()[0];
  const original = await page.inputValue('#text');
  const edited = `${original}\nOfficials said on Monday that 12 more villages, home to about 3,500 people, were evacuated.\n`;
  await page.fill('#text', edited);
  await clickRun();
  const pageJson = await page.textContent('#json');
  assert.match(pageJson, /"id": "-"/);
  assertSameJson(pageJson, cli(['--date', date, '-'], edited), 'edited-text');
  await page.fill('#text', original);
});

test('a plugin selection gives the same JSON as --plugins', async () => {
  const {file, date} = examples()[0];
  assert.match(await page.textContent('#doc-id'), new RegExp(file.replace('.', '\\.')), 'the example is not unedited');
  const plugins = await pluginsOnPage();
  const chosen = plugins[plugins.length - 1].name;  // whatever it requires comes along, as in the CLI
  for (const plugin of plugins) await page.setChecked(`#plugins input[value="${plugin.name}"]`, plugin.name === chosen);
  await clickRun();
  assertSameJson(await page.textContent('#json'), cli(['--date', date, '--plugins', chosen, `examples/articles/${file}`]),
                 `plugins-${chosen}`);
  for (const plugin of plugins) await page.setChecked(`#plugins input[value="${plugin.name}"]`, true);
});

test('the page logged no errors', () => {
  assert.deepEqual(pageErrors, []);
});
