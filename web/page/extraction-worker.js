// Runs the Quarry module off the page's main thread, so typing never waits for an extraction.
// Messages in:  {type: 'extract', requestId, id, text, date, plugins}
//               {type: 'load-plugin', requestId, fileName, bytes}   (drop-in build only)
// Messages out: {type: 'ready', plugins, coreVersion, dropIn, loadMs} once the module is up, or
//               {type: 'failed', message};
//               {type: 'result', requestId, json, error, runInfo, ms} per extract request;
//               {type: 'plugin-loaded', requestId, problem, plugins} per load-plugin request.
/* global importScripts, createQuarry, extractText */
'use strict';

const loadStarted = performance.now();
let quarryModule = null;  // not `module`: the loader scripts test for a CommonJS `module` global
let session = null;

const pluginList = () => JSON.parse(session.pluginsJson());
const describe = (error) => String((error && error.message) || error);

try {
  importScripts('quarry.js', 'quarry-session.js');
  createQuarry()
    .then((loaded) => {
      quarryModule = loaded;
      session = new quarryModule.Session();
      postMessage({
        type: 'ready',
        plugins: pluginList(),
        coreVersion: quarryModule.coreVersion(),
        dropIn: session.supportsDropIn(),
        loadMs: performance.now() - loadStarted,
      });
    })
    .catch((error) => postMessage({type: 'failed', message: describe(error)}));
} catch (error) {
  postMessage({type: 'failed', message: describe(error)});
}

function extract(request) {
  const started = performance.now();
  let reply;
  try {
    reply = extractText(session, request.id, request.text, request.date, request.plugins);
  } catch (error) {
    reply = {json: '', error: `the module failed: ${describe(error)}`, runInfo: ''};
  }
  postMessage({type: 'result', requestId: request.requestId, ...reply, ms: performance.now() - started});
}

// The browser twin of dropping a module into a plugin directory: the bytes go into the module's in-memory
// file system and the core's registry opens them (dlopen compiles a side module synchronously, which a
// worker may do).
function loadPlugin(request) {
  let problem = '';
  try {
    if (!session.supportsDropIn()) throw new Error('this build links its plugins in and cannot load others');
    const dir = '/plugins';
    if (!quarryModule.FS.analyzePath(dir).exists) quarryModule.FS.mkdir(dir);
    const name = request.fileName.replace(/[^A-Za-z0-9._-]/g, '_');
    const path = `${dir}/${name}`;
    if (quarryModule.FS.analyzePath(path).exists) throw new Error(`a file named ${name} was already loaded`);
    quarryModule.FS.writeFile(path, new Uint8Array(request.bytes));
    problem = session.loadPlugin(path);
  } catch (error) {
    problem = describe(error);
  }
  postMessage({type: 'plugin-loaded', requestId: request.requestId, problem, plugins: pluginList()});
}

self.onmessage = (event) => {
  const request = event.data;
  if (!session) {
    postMessage({type: request.type === 'extract' ? 'result' : 'plugin-loaded', requestId: request.requestId,
                 json: '', error: 'the module is not loaded', problem: 'the module is not loaded', runInfo: '',
                 plugins: []});
  } else if (request.type === 'extract') {
    extract(request);
  } else if (request.type === 'load-plugin') {
    loadPlugin(request);
  }
};
