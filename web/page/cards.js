// The card shown for one annotation (on hover, and pinned on click): its kind, its text, and its attributes with
// the ones that matter for that kind first (a figure's value and unit, an actor's role, a quote's speaker and
// cue, a date's TIMEX value). Attributes the page does not know are shown too, after them.
import {kindClass} from './annotations.js';

const KEY_ATTRIBUTES = {
  figures: ['value', 'low', 'high', 'qualifier', 'unit'],
  actors: ['name', 'type', 'role', 'affiliation'],
  quotes: ['kind', 'speaker', 'cue'],
  dates: ['type', 'value'],
};
const KIND_LABEL = {figures: 'figure', actors: 'actor', quotes: 'quote', dates: 'date'};
// Shown elsewhere on the card, or as part of another attribute (a span's _start/_end).
const HIDDEN = new Set(['start', 'end', 'text', 'plugin']);

// The attribute names of an entry in display order, with span pairs (speaker_start/speaker_end) folded into
// one name ("speaker_span").
export function attributeOrder(kind, entry) {
  const keys = Object.keys(entry).filter((key) => !HIDDEN.has(key));
  const first = (KEY_ATTRIBUTES[kind] || []).filter((key) => keys.includes(key));
  const rest = keys.filter((key) => !first.includes(key));
  return [...first, ...rest];
}

export function formatValue(value) {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

// A card element for annotation `a` ({kind, entry}); linkText(name) gives the text of its span attribute `name`.
export function annotationCard(a, linkText) {
  const card = document.createElement('div');
  card.className = `card-body ${kindClass(a.kind)}`;
  const head = document.createElement('div');
  head.className = 'card-head';
  const badge = document.createElement('span');
  badge.className = 'badge';
  badge.textContent = KIND_LABEL[a.kind] || a.kind;
  const quoted = document.createElement('q');
  quoted.textContent = a.entry.text;
  head.append(badge, ' ', quoted);
  card.appendChild(head);

  const list = document.createElement('dl');
  for (const key of attributeOrder(a.kind, a.entry)) {
    const term = document.createElement('dt');
    const detail = document.createElement('dd');
    if (key.endsWith('_start') && Number.isInteger(a.entry[key])) {
      const name = key.slice(0, -'_start'.length);
      term.textContent = `${name} span`;
      detail.textContent = `${a.entry[key]}–${a.entry[`${name}_end`]}` + (linkText ? ` “${linkText(name)}”` : '');
    } else if (key.endsWith('_end') && Object.hasOwn(a.entry, key.slice(0, -'_end'.length) + '_start')) {
      continue;
    } else {
      term.textContent = key;
      detail.textContent = formatValue(a.entry[key]);
      if (a.entry[key] === null) detail.classList.add('absent');
    }
    list.append(term, detail);
  }
  const where = document.createElement('dt');
  where.textContent = 'bytes';
  const whereDetail = document.createElement('dd');
  whereDetail.textContent = `${a.entry.start}–${a.entry.end} · ${a.entry.plugin}`;
  list.append(where, whereDetail);
  card.appendChild(list);
  return card;
}
