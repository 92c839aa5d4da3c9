// One table per annotation kind: a row per annotation with its text and attributes. Clicking a row selects
// that annotation in the highlighted text.
import {annotationLists, kindClass} from './annotations.js';
import {attributeOrder, formatValue} from './cards.js';

export function renderTables(container, doc, onSelect) {
  const fragment = document.createDocumentFragment();
  for (const [kind, entries] of annotationLists(doc)) {
    const section = document.createElement('section');
    section.className = `table-section ${kindClass(kind)}`;
    section.dataset.kind = kind;
    const title = document.createElement('h3');
    title.textContent = `${kind} (${entries.length})`;
    section.appendChild(title);
    if (entries.length === 0) {
      const none = document.createElement('p');
      none.className = 'hint';
      none.textContent = 'None found.';
      section.appendChild(none);
      fragment.appendChild(section);
      continue;
    }
    // Entries of a kind share their keys; take the union anyway so an odd plugin cannot hide a column.
    const columns = [];
    for (const entry of entries) {
      for (const key of attributeOrder(kind, entry)) if (!columns.includes(key)) columns.push(key);
    }
    const table = document.createElement('table');
    const headRow = table.createTHead().insertRow();
    for (const name of ['text', ...columns, 'plugin']) {
      const th = document.createElement('th');
      th.scope = 'col';
      th.textContent = name;
      headRow.appendChild(th);
    }
    const body = table.createTBody();
    entries.forEach((entry, index) => {
      const row = body.insertRow();
      row.dataset.ref = `${kind}:${index}`;
      row.tabIndex = 0;
      for (const key of ['text', ...columns, 'plugin']) {
        const cell = row.insertCell();
        cell.textContent = formatValue(entry[key]);
        if (entry[key] === null) cell.classList.add('absent');
      }
      row.addEventListener('click', () => onSelect(row.dataset.ref));
      row.addEventListener('keydown', (event) => {
        if (event.key === 'Enter') onSelect(row.dataset.ref);
      });
    });
    section.appendChild(table);
    fragment.appendChild(section);
  }
  container.replaceChildren(fragment);
}
