// Debian's Chromium driven by playwright-core, with the project's flags (docs/TOOLCHAIN.md): a fresh profile
// directory per run, no sandbox (root in CI), no network services of its own. Never downloads a browser.
import fs from 'node:fs';
import {createRequire} from 'node:module';
import os from 'node:os';
import path from 'node:path';

const require = createRequire(import.meta.url);

export const CHROMIUM_PATH = process.env.QUARRY_CHROMIUM || '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

function loadPlaywright() {
  try {
    return require('playwright-core');
  } catch {
    throw new Error('playwright-core is not installed: run `npm ci --prefix web` (scripts/setup.sh --web does it)');
  }
}

// Returns {context, page, close}. The profile directory is removed on close.
export async function launchChromium({viewport = {width: 1440, height: 1000}} = {}) {
  const {chromium} = loadPlaywright();
  if (!fs.existsSync(CHROMIUM_PATH)) throw new Error(`${CHROMIUM_PATH} not found: install chromium (scripts/setup.sh --web)`);
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'quarry-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS, viewport,
  });
  const page = context.pages()[0] || await context.newPage();
  return {
    context,
    page,
    close: async () => {
      await context.close();
      fs.rmSync(profile, {recursive: true, force: true});
    },
  };
}
