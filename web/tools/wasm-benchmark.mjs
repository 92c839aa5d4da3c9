// Throughput of Quarry's pipeline compiled to WebAssembly, in Node and in headless Chromium, against the native
// CLI (`quarry bench`), on one corpus in one run. What is timed is the same everywhere: a Document built from
// each text plus every plugin run over it (the "pipeline" stage of `quarry bench`); no file reading, no JSON.
// Also reported: the page's real call (extractText: text in, the CLI's JSON out) and one ~100 KB
// article, and the module's download sizes.
//
//   node web/tools/wasm-benchmark.mjs --site build-web/site --quarry build/bin/quarry --corpus FILE.jsonl|DIR
//        [--rounds 3] [--passes 15] [--min-pass-ms 150] [--json OUT.json]
// The three are measured in turn, `rounds` times over, and each keeps its best round: on a machine shared with
// other work that compares them at their least disturbed rather than at whatever load each happened to meet.
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';
import {parseArgs} from 'node:util';
import zlib from 'node:zlib';

import {launchChromium} from './headless-chromium.mjs';
import {startServer} from './local-server.mjs';

const {values: args} = parseArgs({options: {
  site: {type: 'string'}, quarry: {type: 'string'}, corpus: {type: 'string'},
  passes: {type: 'string', default: '15'}, rounds: {type: 'string', default: '3'}, 'min-pass-ms': {type: 'string', default: '150'}, json: {type: 'string'},
}});
for (const name of ['site', 'quarry', 'corpus']) {
  if (!args[name]) throw new Error(`--${name} is required`);
}
const passes = Number(args.passes);
const rounds = Math.max(1, Number(args.rounds));
const minPassMs = Number(args['min-pass-ms']);

// [{id, text, dct}] from a JSONL file in the gold format, or from a folder of .txt files (no reference date).
function readCorpus(where) {
  if (fs.statSync(where).isDirectory()) {
    return fs.readdirSync(where).filter((f) => f.endsWith('.txt')).sort()
      .map((f) => ({id: f, text: fs.readFileSync(path.join(where, f), 'utf8'), dct: ''}));
  }
  return fs.readFileSync(where, 'utf8').split('\n').filter((line) => line.trim())
    .map((line) => JSON.parse(line)).map(({id, text, dct}) => ({id, text, dct: dct || ''}));
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

function nativeThroughput(corpusPath) {
  const input = fs.statSync(corpusPath).isDirectory()
    ? fs.readdirSync(corpusPath).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(corpusPath, f))
    : ['--jsonl-in', corpusPath];
  // Enough passes that the median is steady; each pass is short natively.
  const run = spawnSync(args.quarry, ['bench', '--json', '--repeat', String(Math.max(passes, 50)), ...input],
                        {encoding: 'utf8'});
  if (run.status !== 0 && run.status !== 1) throw new Error(`quarry bench failed: ${run.stderr}`);
  const report = JSON.parse(run.stdout);
  const stage = report.stages.find((s) => s.name.startsWith('pipeline'));
  return {mbPerSecond: report.bytes / 1e6 / stage.best_seconds, medianMbPerSecond: stage.mb_per_second,
          bytes: report.bytes, documents: report.documents};
}

// Runs in Node and, as a string, in the browser page: the same steps in both. `extractText` is the page's call
// (web/page/quarry-session.js).
async function measureInModule(createQuarry, moduleOptions, extractText, docs, passes, minPassMs, bigText) {
  const module = await createQuarry(moduleOptions);
  const session = new module.Session();
  const corpus = JSON.stringify(docs);
  const bench = (p, copies) => {
    const r = JSON.parse(session.benchmark(corpus, '', p, copies));
    if (r.error) throw new Error(r.error);
    return r;
  };
  // Warm-up for two seconds: plugins parse their word lists on first use, and the engine compiles hot functions
  // again with its optimising tier only after they have run a while.
  const probe = bench(1, 1);
  const onePass = Math.max(1e-5, probe.pass_seconds[0]);
  const copies = Math.max(1, Math.ceil(minPassMs / 1000 / onePass));
  for (const started = performance.now(); performance.now() - started < 2000;) bench(1, copies);
  const result = bench(passes, copies);
  const sorted = [...result.pass_seconds].sort((a, b) => a - b);
  const medianSeconds = sorted[Math.floor(sorted.length / 2)];
  const bestSeconds = sorted[0];

  // The page's call: text in, the CLI's JSON out (written and decoded), timed from JavaScript.
  const bytes = docs.reduce((n, d) => n + new TextEncoder().encode(d.text).length, 0);
  const round = () => {
    for (const d of docs) extractText(session, d.id, d.text, d.dct, '');
  };
  for (const started = performance.now(); performance.now() - started < 500;) round();
  let rounds = 0;
  const started = performance.now();
  while (performance.now() - started < minPassMs * 3) {
    round();
    rounds += 1;
  }
  const extractSeconds = (performance.now() - started) / 1000;

  // One long article, as someone might paste: the time of a single call, best of three.
  let bigMs = Infinity;
  let bigOk = true;
  for (let i = 0; i < 3; ++i) {
    const bigStarted = performance.now();
    const big = extractText(session, '-', bigText, '', '');
    bigMs = Math.min(bigMs, performance.now() - bigStarted);
    bigOk = bigOk && big.json.length > 0;
  }
  return {
    mbPerSecond: result.bytes_per_pass / 1e6 / bestSeconds,
    medianMbPerSecond: result.bytes_per_pass / 1e6 / medianSeconds, copies,
    failedRuns: result.failed_runs, extractMbPerSecond: bytes * rounds / 1e6 / extractSeconds,
    bigBytes: new TextEncoder().encode(bigText).length, bigMs, bigOk,
  };
}

function sizes(site) {
  const file = (name) => {
    const data = fs.readFileSync(path.join(site, name));
    return {bytes: data.length, gzip: zlib.gzipSync(data, {level: 9}).length};
  };
  return {wasm: file('quarry.wasm'), js: file('quarry.js')};
}

async function main() {
  const site = path.resolve(args.site);
  const docs = readCorpus(args.corpus);
  // About 100 KB of news text: the corpus repeated, paragraphs kept.
  let bigText = '';
  while (new TextEncoder().encode(bigText).length < 100 * 1024) bigText += docs.map((d) => d.text).join('\n\n') + '\n\n';

  const require = createRequire(import.meta.url);
  const createQuarry = require(path.join(site, 'quarry.js'));
  const {extractText} = require(path.join(site, 'quarry-session.js'));
  const wasmBinary = fs.readFileSync(path.join(site, 'quarry.wasm'));
  const server = await startServer(site);
  const best = (a, b) => (!a || b.mbPerSecond > a.mbPerSecond ? b : a);
  let native;
  let node;
  let chromium;
  try {
    for (let round = 0; round < rounds; ++round) {
      native = best(native, nativeThroughput(args.corpus));
      node = best(node, await measureInModule(createQuarry, {wasmBinary}, extractText, docs, passes, minPassMs, bigText));
      const browser = await launchChromium();
      try {
        await browser.page.goto(`${server.url}bench.html`);
        await browser.page.waitForFunction(() => typeof createQuarry === 'function' && typeof extractText === 'function');
        chromium = best(chromium, await browser.page.evaluate(
          async ([source, docs, passes, minPassMs, bigText]) => {
            const measure = eval(`(${source})`);  // the same function Node ran
            return measure(createQuarry, {}, extractText, docs, passes, minPassMs, bigText);
          },
          [measureInModule.toString(), docs, passes, minPassMs, bigText]));
      } finally {
        await browser.close();
      }
    }
  } finally {
    await server.stop();
  }

  const report = {
    corpus: {path: args.corpus, documents: native.documents, bytes: native.bytes},
    native: {mbPerSecond: native.mbPerSecond},
    node: {...node, version: process.version},
    chromium,
    sizes: sizes(site),
  };
  const ratio = (x) => native.mbPerSecond / x.mbPerSecond;
  const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
  console.log(`corpus: ${args.corpus}: ${native.documents} documents, ${(native.bytes / 1024).toFixed(1)} KB`);
  console.log('timed: Document + every plugin per text (the "pipeline" stage of quarry bench); best pass, and the');
  console.log(`median pass in brackets, of the best of ${rounds} rounds (the least disturbed by other work)\n`);
  console.log('where                  pipeline MB/s    native/wasm   page extract MB/s   100 KB article');
  const mbs = (r) => `${r.mbPerSecond.toFixed(2)} (${r.medianMbPerSecond.toFixed(2)})`.padStart(16);
  console.log(`native (quarry bench) ${mbs(native)}   ${'1.00'.padStart(11)}`);
  for (const [name, r] of [['wasm in node', node], ['wasm in chromium', chromium]]) {
    console.log(`${name.padEnd(21)} ${mbs(r)}   ${ratio(r).toFixed(2).padStart(11)}` +
                `   ${r.extractMbPerSecond.toFixed(2).padStart(17)}   ${r.bigMs.toFixed(1).padStart(8)} ms`);
  }
  const {wasm, js} = report.sizes;
  console.log(`\nmodule: quarry.wasm ${kb(wasm.bytes)} (${kb(wasm.gzip)} gzipped), quarry.js ${kb(js.bytes)} ` +
              `(${kb(js.gzip)} gzipped)`);
  console.log(`ratio native/wasm: node ${ratio(node).toFixed(2)}x, chromium ${ratio(chromium).toFixed(2)}x ` +
              `(target: within 2x)`);
  if (node.failedRuns || chromium.failedRuns) console.log(`note: ${node.failedRuns} plugin runs reported errors`);
  if (args.json) fs.writeFileSync(args.json, JSON.stringify(report, null, 2) + '\n');
}

main().catch((error) => {
  console.error(`web-bench: ${error.stack || error}`);
  process.exit(1);
});
