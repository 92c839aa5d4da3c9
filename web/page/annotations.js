// Reading Quarry's JSON output on the page: which lists are annotation kinds, and where each annotation sits in
// the JavaScript string. Quarry counts offsets in UTF-8 bytes (shared/gold/SCHEMA.md); the DOM counts UTF-16
// code units, so every offset goes through one byte -> index table built from the same text.

// Keys of the output that are not annotation lists.
const META_KEYS = new Set(['schema', 'id', 'dct', 'plugins', 'errors', 'error']);

// The four kinds of the schema, in the output's order, each with its own colour in style.css; any other kind
// a plugin provides is drawn in a neutral colour.
export const SCHEMA_KINDS = ['figures', 'actors', 'quotes', 'dates'];

export function kindClass(kind) {
  return SCHEMA_KINDS.includes(kind) ? `kind-${kind}` : 'kind-other';
}

// The annotation lists of an output document, in output order: [[kind, entries], ...].
export function annotationLists(doc) {
  return Object.entries(doc).filter(([key, value]) => !META_KEYS.has(key) && Array.isArray(value));
}

// A table from UTF-8 byte offset to UTF-16 index for `text`, encoded exactly as the module receives it
// (a lone surrogate counts as the three bytes of U+FFFD). Offsets inside a character map to its start.
export function byteToIndexTable(text) {
  const table = new Uint32Array(text.length * 3 + 1);
  let byte = 0;
  for (let i = 0; i < text.length; ) {
    const unit = text.charCodeAt(i);
    let bytes;
    let units = 1;
    if (unit < 0x80) {
      bytes = 1;
    } else if (unit < 0x800) {
      bytes = 2;
    } else if (unit >= 0xd800 && unit < 0xdc00 && i + 1 < text.length &&
               text.charCodeAt(i + 1) >= 0xdc00 && text.charCodeAt(i + 1) < 0xe000) {
      bytes = 4;
      units = 2;
    } else {
      bytes = 3;
    }
    for (let k = 0; k < bytes; ++k) table[byte + k] = i;
    byte += bytes;
    i += units;
  }
  table[byte] = text.length;
  return table.subarray(0, byte + 1);
}

// Every annotation of the document as {ref, kind, index, entry, start, end} with UTF-16 start/end, plus the
// span-typed attributes (speaker_start/speaker_end, ...) as links {ref, owner, name, start, end} that the page
// shows when their annotation is active.
export function locateAnnotations(doc, text) {
  const table = byteToIndexTable(text);
  const toIndex = (byte) => table[Math.max(0, Math.min(byte, table.length - 1))];
  const annotations = [];
  const links = [];
  for (const [kind, entries] of annotationLists(doc)) {
    entries.forEach((entry, index) => {
      const ref = `${kind}:${index}`;
      annotations.push({ref, kind, index, entry, start: toIndex(entry.start), end: toIndex(entry.end)});
      for (const key of Object.keys(entry)) {
        if (!key.endsWith('_start') || key === 'start') continue;
        const name = key.slice(0, -'_start'.length);
        const begin = entry[key];
        const end = entry[`${name}_end`];
        if (Number.isInteger(begin) && Number.isInteger(end) && end > begin) {
          links.push({ref: `${ref}:${name}`, owner: ref, name, start: toIndex(begin), end: toIndex(end)});
        }
      }
    });
  }
  return {annotations, links};
}
