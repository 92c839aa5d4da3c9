// extractText(session, id, text, date, plugins) -> {json, error, runInfo}: one extraction through the module's
// byte buffers (see web/src/bindings.cpp). TextEncoder/TextDecoder copy straight into and out of the module's
// memory instead of embind's per-character string loops. A classic script (the worker importScripts() it,
// bench.html loads it, Node require()s it).
'use strict';

const quarryEncoder = new TextEncoder();
const quarryDecoder = new TextDecoder();

function extractText(session, id, text, date, plugins) {
  // A UTF-16 code unit becomes at most 3 UTF-8 bytes.
  const {written} = quarryEncoder.encodeInto(text, session.inputBuffer(text.length * 3));
  session.extractInput(id, written, date, plugins);
  return {json: quarryDecoder.decode(session.jsonView()), error: session.error(), runInfo: session.runInfo()};
}

if (typeof module === 'object' && module && module.exports) module.exports = {extractText};
