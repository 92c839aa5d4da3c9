// Draws the document with its annotations highlighted. Annotations nest and overlap (an actor inside a quote, a
// figure inside a date), so the text is cut at every annotation boundary; each piece is wrapped in one element
// per annotation covering it, the longest outermost, and backgrounds stack so the innermost shows on top.
import {kindClass} from './annotations.js';

// Renders `text` into `container`. `annotations` and `links` come from locateAnnotations(). Returns a map from
// ref to the elements that make up that annotation (or link), for activating and scrolling to it.
export function renderHighlights(container, text, annotations, links) {
  const spans = [
    ...annotations.filter((a) => a.end > a.start).map((a) => ({...a, link: false})),
    ...links.map((l) => ({...l, link: true})),
  ];
  const cuts = new Set([0, text.length]);
  for (const span of spans) {
    cuts.add(span.start);
    cuts.add(span.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const byStart = [...spans].sort((a, b) => a.start - b.start);

  const elements = new Map();
  const fragment = document.createDocumentFragment();
  let active = [];
  let next = 0;
  for (let p = 0; p + 1 < points.length; ++p) {
    const from = points[p];
    const to = points[p + 1];
    active = active.filter((span) => span.end > from);
    while (next < byStart.length && byStart[next].start <= from) {
      if (byStart[next].end > from) active.push(byStart[next]);
      ++next;
    }
    const piece = document.createTextNode(text.slice(from, to));
    if (active.length === 0) {
      fragment.appendChild(piece);
      continue;
    }
    // Outermost first: longer spans wrap shorter ones; a link sits inside its annotation.
    const wrappers = [...active].sort((a, b) => (b.end - b.start) - (a.end - a.start) || Number(a.link) - Number(b.link));
    let inner = piece;
    for (let w = wrappers.length - 1; w >= 0; --w) {
      const span = wrappers[w];
      const element = document.createElement(span.link ? 'span' : 'mark');
      if (span.link) {
        element.className = 'link';
        element.dataset.owner = span.owner;
      } else {
        element.className = `ann ${kindClass(span.kind)}`;
        element.dataset.kind = span.kind;
      }
      element.dataset.ref = span.ref;
      element.appendChild(inner);
      inner = element;
      if (!elements.has(span.ref)) elements.set(span.ref, []);
      elements.get(span.ref).push(element);
    }
    fragment.appendChild(inner);
  }
  container.replaceChildren(fragment);
  return elements;
}

// The refs of the annotations an element of the highlighted text belongs to, innermost first.
export function refsAt(element, container) {
  const refs = [];
  for (let node = element; node && node !== container; node = node.parentElement) {
    if (node.classList && node.classList.contains('ann')) refs.push(node.dataset.ref);
  }
  return refs;
}
