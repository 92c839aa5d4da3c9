// Runs the Quarry module off the page's main thread, so typing never waits for an extraction.
// Messages in:  {type: 'extract', requestId, id, text, date, plugins}
// Messages out: {type: 'ready', plugins, coreVersion, loadMs} once the module is up, or {type: 'failed', message};
//               {type: 'result', requestId, json, error, runInfo, ms} per extract request.
/* global importScripts, createQuarry, extractText */
'use strict';

const loadStarted = performance.now();
let session = null;

try {
  importScripts('quarry.js', 'quarry-session.js');
  createQuarry()
    .then((module) => {
      session = new module.Session();
      postMessage({
        type: 'ready',
        plugins: JSON.parse(session.pluginsJson()),
        coreVersion: module.coreVersion(),
        loadMs: performance.now() - loadStarted,
      });
    })
    .catch((error) => postMessage({type: 'failed', message: String(error && error.message || error)}));
} catch (error) {
  postMessage({type: 'failed', message: String(error && error.message || error)});
}

self.onmessage = (event) => {
  const request = event.data;
  if (request.type !== 'extract') return;
  if (!session) {
    postMessage({type: 'result', requestId: request.requestId, json: '', error: 'the module is not loaded', runInfo: ''});
    return;
  }
  const started = performance.now();
  let reply;
  try {
    reply = extractText(session, request.id, request.text, request.date, request.plugins);
  } catch (error) {
    reply = {json: '', error: 'the module failed: ' + String(error && error.message || error), runInfo: ''};
  }
  postMessage({
    type: 'result',
    requestId: request.requestId,
    json: reply.json,
    error: reply.error,
    runInfo: reply.runInfo,
    ms: performance.now() - started,
  });
};
