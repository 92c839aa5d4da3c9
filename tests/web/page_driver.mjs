// What the browser tests share: opening the demo page in headless Chromium from a local server, following its
// state (document.body.dataset.state / .runs), running the native CLI, and comparing JSON byte for byte.
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

import {launchChromium} from '../../web/tools/headless-chromium.mjs';
import {startServer} from '../../web/tools/local-server.mjs';

export function requiredEnv(name) {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set (run scripts/web-test.sh)`);
  return path.resolve(value);
}

// Serves `site`, opens its page, and waits for the first extraction. Every console error, uncaught page error,
// failed request and HTTP error is collected in `errors`.
export async function openPage(site) {
  const server = await startServer(site);
  const browser = await launchChromium();
  const {page} = browser;
  page.setDefaultTimeout(30000);  // a stuck page fails the test instead of hanging it
  const errors = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => errors.push(`request failed: ${request.url()}`));
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  await page.goto(server.url);
  await waitForIdle(page);
  return {
    page,
    errors,
    close: async () => {
      await browser.close();
      await server.stop();
    },
  };
}

// Waits until the page is neither loading nor running; fails with the page's status line if it broke.
export async function waitForIdle(page) {
  await page.waitForFunction(() => ['done', 'failed'].includes(document.body.dataset.state), null, {timeout: 60000});
  const state = await page.evaluate(() => document.body.dataset.state);
  if (state === 'failed') assert.fail(`the page failed: ${await page.textContent('#status')}`);
}

// Calls `action` (default: click Run) and waits for the extraction it starts to be shown.
export async function runAndWait(page, action = () => page.click('#run')) {
  const runs = await page.evaluate(() => Number(document.body.dataset.runs || 0));
  await action();
  await page.waitForFunction(
    (n) => Number(document.body.dataset.runs || 0) > n && ['done', 'failed'].includes(document.body.dataset.state),
    runs, {timeout: 60000});
  await waitForIdle(page);
}

// `quarry extract --format json ARGS` at the repository root; its stdout.
export function cliJson(cli, sourceDir, args, input) {
  const result = spawnSync(cli, ['extract', '--format', 'json', ...args], {cwd: sourceDir, input, encoding: 'utf8'});
  if (result.error) throw result.error;
  // Exit 1 (a plugin failed on this document) still prints the document's JSON; the page must show the same.
  assert.ok(result.status === 0 || result.status === 1, `quarry ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return result.stdout;
}

export function assertSameJson(pageJson, cliJson, name, artifacts) {
  if (pageJson === cliJson) return;
  fs.mkdirSync(artifacts, {recursive: true});
  fs.writeFileSync(path.join(artifacts, `${name}.page.json`), pageJson);
  fs.writeFileSync(path.join(artifacts, `${name}.cli.json`), cliJson);
  const pageLines = pageJson.split('\n');
  const cliLines = cliJson.split('\n');
  const line = pageLines.findIndex((text, i) => text !== cliLines[i]);
  assert.fail(`${name}: the page's JSON differs from the CLI's at line ${line + 1}:\n  page: ${pageLines[line]}\n` +
              `  cli:  ${cliLines[line]}\n(both saved in ${artifacts})`);
}

export async function pluginsOnPage(page) {
  return page.$$eval('#plugins label.plugin', (labels) => labels.map((label) => ({
    name: label.querySelector('input').value,
    version: label.querySelector('.plugin-version').textContent,
    provides: [...label.querySelectorAll('.chip')].map((chip) => chip.textContent),
  })));
}

export function annotationLists(doc) {
  return Object.entries(doc).filter(([key, value]) =>
    !['schema', 'id', 'dct', 'plugins', 'errors', 'error'].includes(key) && Array.isArray(value));
}

// The highlighted text per annotation ref ("kind:index"): {kind, text, colour}.
export async function highlightsOnPage(page) {
  const marks = await page.$$eval('#highlighted mark.ann', (elements) => elements.map((e) => ({
    ref: e.dataset.ref, kind: e.dataset.kind, text: e.textContent, colour: getComputedStyle(e).backgroundColor,
  })));
  const byRef = new Map();
  for (const mark of marks) {
    if (!byRef.has(mark.ref)) byRef.set(mark.ref, {...mark, text: ''});
    byRef.get(mark.ref).text += mark.text;
  }
  return byRef;
}

export function examples(sourceDir) {
  return JSON.parse(fs.readFileSync(path.join(sourceDir, 'examples/articles/index.json'), 'utf8'));
}
