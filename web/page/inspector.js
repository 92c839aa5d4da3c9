// Hovering and clicking the highlighted text: a floating card for the annotation under the pointer, the cards of
// everything under a click pinned in the details panel, and the matching table rows and linked spans (a quote's
// speaker) outlined while an annotation is active.
import {annotationCard} from './cards.js';
import {refsAt} from './highlight.js';

export class Inspector {
  // Elements: highlighted (the text), tooltip (the floating card), details (pinned cards), tables.
  constructor({highlighted, tooltip, details, tables}) {
    Object.assign(this, {highlighted, tooltip, details, tables});
    this.shown = null;  // {text, links, elements, byRef} of the result on screen
    this.pinned = [];
    this.hovered = null;
    highlighted.addEventListener('mouseover', (event) => this.hover(refsAt(event.target, highlighted)[0] || null));
    highlighted.addEventListener('mousemove', (event) => this.place(event));
    highlighted.addEventListener('mouseleave', () => this.hover(null));
    highlighted.addEventListener('click', (event) => {
      if (this.shown) this.pin(refsAt(event.target, highlighted));
    });
  }

  // A new result (or null): nothing is hovered or pinned any more.
  show(shown) {
    this.shown = shown;
    this.pinned = [];
    this.hovered = null;
    this.tooltip.hidden = true;
    this.details.replaceChildren();
  }

  // Pins one annotation and scrolls the text to it (a click on its table row).
  select(ref) {
    if (!this.shown) return;
    this.pin([ref]);
    const first = (this.shown.elements.get(ref) || [])[0];
    if (first) first.scrollIntoView({block: 'center', behavior: 'smooth'});
  }

  hover(ref) {
    if (!this.shown || ref === this.hovered) return;
    if (this.hovered && !this.pinned.includes(this.hovered)) this.setActive([this.hovered], false);
    this.hovered = ref;
    if (!ref) {
      this.tooltip.hidden = true;
      return;
    }
    this.setActive([ref], true);
    this.tooltip.replaceChildren(this.cardFor(ref));
    this.tooltip.hidden = false;
  }

  // Keeps the floating card next to the pointer and inside the window.
  place(event) {
    const tip = this.tooltip;
    if (tip.hidden) return;
    const x = Math.min(event.clientX + 14, window.innerWidth - tip.offsetWidth - 8);
    const y = event.clientY + 18 + tip.offsetHeight > window.innerHeight
      ? event.clientY - tip.offsetHeight - 12 : event.clientY + 18;
    tip.style.left = `${Math.max(8, x)}px`;
    tip.style.top = `${Math.max(8, y)}px`;
  }

  // Shows the cards of `refs` (innermost first) in the details panel and keeps them outlined.
  pin(refs) {
    this.setActive(this.pinned, false);
    this.pinned = refs;
    this.setActive(refs, true);
    this.details.replaceChildren(...refs.map((ref) => {
      const card = this.cardFor(ref);
      card.classList.add('card');
      return card;
    }));
  }

  setActive(refs, on) {
    const {elements, links} = this.shown;
    for (const ref of refs) {
      for (const element of elements.get(ref) || []) element.classList.toggle('active', on);
      for (const link of links) {
        if (link.owner !== ref) continue;
        for (const element of elements.get(link.ref) || []) element.classList.toggle('active', on);
      }
      const row = this.tables.querySelector(`tr[data-ref="${CSS.escape(ref)}"]`);
      if (row) row.classList.toggle('active', on);
    }
  }

  cardFor(ref) {
    const {byRef, links, text} = this.shown;
    const linkText = (name) => {
      const link = links.find((l) => l.owner === ref && l.name === name);
      return link ? text.slice(link.start, link.end) : '';
    };
    return annotationCard(byRef.get(ref), linkText);
  }
}
