// The demo page: picks an example article, sends text + reference date + plugin selection to the extraction
// worker, and shows the answer as highlights, cards, tables and the raw JSON. The worker owns the module, so
// the page stays responsive while a long article is processed; only the newest request is ever shown.
// document.body.dataset.state ('loading', 'ready', 'running', 'done', 'failed') and dataset.runs (results
// shown so far) let the end-to-end test follow along.
import {SCHEMA_KINDS, annotationLists, kindClass, locateAnnotations} from './annotations.js';
import {renderHighlights} from './highlight.js';
import {Inspector} from './inspector.js';
import {renderPluginList, selectedPlugins} from './plugin-list.js';
import {renderTables} from './tables.js';

const $ = (id) => document.getElementById(id);
const ui = {
  status: $('status'), example: $('example'), date: $('date'), plugins: $('plugins'), text: $('text'),
  run: $('run'), live: $('live'), docId: $('doc-id'), legend: $('legend'), timing: $('timing'),
  problems: $('problems'), highlighted: $('highlighted'), details: $('details'), tables: $('tables'),
  json: $('json'), copyJson: $('copy-json'), saveJson: $('save-json'), tooltip: $('tooltip'),
  dropIn: $('drop-in'), pluginFile: $('plugin-file'), loadExamplePlugin: $('load-example-plugin'),
  dropInStatus: $('drop-in-status'),
};

// Used only when the project's example articles cannot be loaded.
const PLACEHOLDER = {
  id: '-',
  date: '2025-01-24',
  text: 'GENEVA, Jan. 24 - The agency said on Friday that about 3,000 people had been moved to shelters since ' +
    'Monday. "We expect more rain this weekend," spokeswoman Maria Lopez told reporters.\n',
};

const state = {
  worker: null,
  plugins: [],
  loaded: null,        // {id, text, shown}: the example as fetched (the module gets these exact bytes)
  nextRequestId: 1,
  inFlight: null,      // the request the worker is working on
  queued: null,        // the newest request waiting for it
  runs: 0,
};
const inspector = new Inspector(ui);

function setState(name, message) {
  document.body.dataset.state = name;
  if (message !== undefined) ui.status.textContent = message;
}

// ---- examples --------------------------------------------------------------------------------------------

async function loadExamples() {
  try {
    const response = await fetch('examples/articles/index.json');
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const index = await response.json();
    for (const item of index) {
      const option = document.createElement('option');
      option.value = item.file;
      option.textContent = item.title;
      option.dataset.date = item.date || '';
      ui.example.appendChild(option);
    }
    if (index.length > 0) return showExample(index[0].file);
  } catch (error) {
    console.warn('no example articles:', error);
  }
  ui.example.disabled = true;
  showText(PLACEHOLDER.id, PLACEHOLDER.text, PLACEHOLDER.date);
}

async function showExample(file) {
  const option = [...ui.example.options].find((o) => o.value === file);
  const path = `examples/articles/${file}`;
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  ui.example.value = file;
  // The id is the path the CLI would print when run at the repository root on the same file.
  showText(path, await response.text(), option ? option.dataset.date : '');
}

function showText(id, text, date) {
  ui.text.value = text;
  // A textarea turns CR LF into LF; keep the fetched bytes so the module sees exactly the file.
  state.loaded = {id, text, shown: ui.text.value};
  ui.date.value = date;
  updateDocId();
}

// The document as the module gets it: the example's own bytes and path while unedited, otherwise the
// textarea's text with the id the CLI gives text read from stdin.
function currentDocument() {
  const pristine = state.loaded && ui.text.value === state.loaded.shown;
  return pristine ? {id: state.loaded.id, text: state.loaded.text} : {id: '-', text: ui.text.value};
}

function updateDocId() {
  const {id} = currentDocument();
  ui.docId.textContent = id === '-' ? 'edited text (id "-", as from stdin)' : `id "${id}"`;
}

// ---- running -----------------------------------------------------------------------------------------------

function requestRun() {
  if (!state.worker || document.body.dataset.state === 'failed') return;
  const selection = selectedPlugins(ui.plugins);
  if (state.plugins.length > 0 && selection.count === 0) {
    showProblems(['Choose at least one plugin.']);
    return;
  }
  const doc = currentDocument();
  const request = {type: 'extract', requestId: state.nextRequestId++, ...doc, date: ui.date.value, plugins: selection.names};
  if (state.inFlight) {
    state.queued = request;  // only the newest matters
    return;
  }
  send(request);
}

function send(request) {
  state.inFlight = request;
  setState('running');
  ui.run.disabled = true;
  ui.timing.textContent = 'Extracting…';
  state.worker.postMessage(request);
}

let liveTimer = 0;
function scheduleLiveRun() {
  updateDocId();
  if (!ui.live.checked) return;
  clearTimeout(liveTimer);
  liveTimer = setTimeout(requestRun, 250);
}

function onResult(message) {
  const request = state.inFlight;
  state.inFlight = null;
  if (state.queued) {
    const next = state.queued;
    state.queued = null;
    send(next);
    return;  // an older answer is not worth drawing
  }
  ui.run.disabled = false;
  showResult(request, message);
  state.runs += 1;
  document.body.dataset.runs = String(state.runs);
  setState('done');
}

function showResult(request, message) {
  ui.json.textContent = message.json;
  const problems = [];
  if (!message.json) {
    showProblems([message.error || 'no result']);
    clearResult();
    return;
  }
  const doc = JSON.parse(message.json);
  if (doc.error) problems.push(`The document was rejected: ${doc.error}`);
  for (const failure of doc.errors || []) problems.push(`Plugin ${failure.plugin} failed: ${failure.message}`);
  const info = message.runInfo ? JSON.parse(message.runInfo) : null;
  if (info && request.plugins) {
    const asked = request.plugins.split(',');
    const added = info.order.filter((name) => !asked.includes(name));
    if (added.length) problems.push(`Also ran ${added.join(', ')}: required by the selected plugins.`);
  }
  showProblems(problems);
  showTiming(request, message, info);
  if (doc.error) {
    clearResult();
    return;
  }
  const {annotations, links} = locateAnnotations(doc, request.text);
  const elements = renderHighlights(ui.highlighted, request.text, annotations, links);
  inspector.show({text: request.text, links, elements, byRef: new Map(annotations.map((a) => [a.ref, a]))});
  showLegend(doc);
  renderTables(ui.tables, doc, (ref) => inspector.select(ref));
}

function clearResult() {
  inspector.show(null);
  ui.highlighted.replaceChildren();
  ui.tables.replaceChildren();
  ui.legend.replaceChildren();
}

function showProblems(lines) {
  ui.problems.hidden = lines.length === 0;
  ui.problems.replaceChildren(...lines.map((line) => Object.assign(document.createElement('p'), {textContent: line})));
}

function showTiming(request, message, info) {
  const kb = new TextEncoder().encode(request.text).length / 1024;
  const parts = [`${message.ms.toFixed(1)} ms in the worker for ${kb.toFixed(1)} KB`];
  if (info) {
    const perPlugin = info.order.map((name) => `${name} ${(info.seconds[name] * 1000).toFixed(2)}`).join(', ');
    parts.push(`core ${(info.total_seconds * 1000).toFixed(1)} ms (${perPlugin})`);
  }
  ui.timing.textContent = parts.join(' · ');
}

function showLegend(doc) {
  const items = annotationLists(doc).map(([kind, entries]) => {
    const item = document.createElement('span');
    item.className = `chip ${kindClass(kind)}`;
    item.textContent = `${kind} ${entries.length}`;
    return item;
  });
  const missing = SCHEMA_KINDS.filter((kind) => !(kind in doc));
  if (missing.length) {
    const note = document.createElement('span');
    note.className = 'hint';
    note.textContent = `not run: ${missing.join(', ')}`;
    items.push(note);
  }
  ui.legend.replaceChildren(...items);
}

// ---- drop-in plugins (the MAIN_MODULE build only) ------------------------------------------------------------

let nextLoadId = 1;
function loadPlugin(fileName, bytes) {
  ui.dropInStatus.textContent = `Loading ${fileName}…`;
  state.worker.postMessage({type: 'load-plugin', requestId: nextLoadId++, fileName, bytes}, [bytes]);
}

function onPluginLoaded(message) {
  state.plugins = message.plugins;
  renderPluginList(ui.plugins, message.plugins, scheduleLiveRun);
  if (message.problem) {
    ui.dropInStatus.textContent = `Not loaded: ${message.problem}`;
    ui.dropInStatus.classList.add('problem');
    return;
  }
  ui.dropInStatus.classList.remove('problem');
  const added = message.plugins[message.plugins.length - 1];
  ui.dropInStatus.textContent = `Loaded ${added.name} ${added.version} (${added.provides.join(', ')}).`;
  requestRun();
}

ui.pluginFile.addEventListener('change', async () => {
  const file = ui.pluginFile.files[0];
  if (file) loadPlugin(file.name, await file.arrayBuffer());
  ui.pluginFile.value = '';
});
ui.loadExamplePlugin.addEventListener('click', async () => {
  const response = await fetch('plugins/acronyms.wasm');
  if (!response.ok) {
    ui.dropInStatus.textContent = `plugins/acronyms.wasm: HTTP ${response.status}`;
    return;
  }
  loadPlugin('acronyms.wasm', await response.arrayBuffer());
});

// ---- raw JSON ------------------------------------------------------------------------------------------------

ui.copyJson.addEventListener('click', async () => {
  try {
    await navigator.clipboard.writeText(ui.json.textContent);
    ui.copyJson.textContent = 'Copied';
  } catch {
    ui.copyJson.textContent = 'Copy failed';
  }
  setTimeout(() => { ui.copyJson.textContent = 'Copy'; }, 1500);
});
ui.saveJson.addEventListener('click', () => {
  const blob = new Blob([ui.json.textContent], {type: 'application/json'});
  const link = Object.assign(document.createElement('a'), {href: URL.createObjectURL(blob), download: 'quarry.json'});
  link.click();
  URL.revokeObjectURL(link.href);
});

// ---- start ---------------------------------------------------------------------------------------------------

function startWorker() {
  const worker = new Worker('extraction-worker.js');
  worker.onmessage = (event) => {
    const message = event.data;
    if (message.type === 'ready') {
      state.worker = worker;
      state.plugins = message.plugins;
      renderPluginList(ui.plugins, message.plugins, scheduleLiveRun);
      const names = message.plugins.map((p) => `${p.name} ${p.version}`).join(', ') || 'no plugins';
      setState('ready', `Quarry ${message.coreVersion} in WebAssembly, loaded in ${message.loadMs.toFixed(0)} ms: ${names}` +
               (message.dropIn ? '; more can be loaded at run time.' : '.'));
      ui.dropIn.hidden = !message.dropIn;
      ui.run.disabled = false;
      requestRun();
    } else if (message.type === 'failed') {
      setState('failed', `The module could not be loaded: ${message.message}`);
    } else if (message.type === 'result') {
      onResult(message);
    } else if (message.type === 'plugin-loaded') {
      onPluginLoaded(message);
    }
  };
  worker.onerror = (event) => setState('failed', `The extraction worker failed: ${event.message}`);
}

setState('loading');
ui.run.addEventListener('click', requestRun);
ui.text.addEventListener('input', scheduleLiveRun);
ui.date.addEventListener('change', scheduleLiveRun);
ui.live.addEventListener('change', scheduleLiveRun);
ui.example.addEventListener('change', async () => {
  await showExample(ui.example.value);
  requestRun();
});
loadExamples().finally(startWorker);
