// The plugin checkboxes: one per plugin the module has (name, version, the kinds it provides as coloured chips,
// its description and requirements on hover), and the selection as the module's `plugins` argument.
import {kindClass} from './annotations.js';

// Fills `fieldset` (keeping its legend). What the user unticked stays unticked when the list grows (a plugin
// loaded at run time comes in ticked). onChange runs when a box changes.
export function renderPluginList(fieldset, plugins, onChange) {
  const unticked = new Set([...fieldset.querySelectorAll('input[type=checkbox]')]
    .filter((box) => !box.checked).map((box) => box.value));
  fieldset.querySelectorAll(':scope > :not(legend)').forEach((node) => node.remove());
  if (plugins.length === 0) {
    const none = document.createElement('p');
    none.className = 'problem';
    none.textContent = 'This build has no plugins linked in.';
    fieldset.appendChild(none);
    return;
  }
  for (const plugin of plugins) {
    const label = document.createElement('label');
    label.className = 'plugin';
    label.title = plugin.description + (plugin.requires.length ? ` (needs ${plugin.requires.join(', ')})` : '') +
      (plugin.path === '(built in)' ? '' : ` — loaded from ${plugin.path}`);
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.checked = !unticked.has(plugin.name);
    box.value = plugin.name;
    box.addEventListener('change', onChange);
    const name = document.createElement('span');
    name.className = 'plugin-name';
    name.textContent = plugin.name;
    const version = document.createElement('span');
    version.className = 'plugin-version';
    version.textContent = plugin.version;
    const kinds = document.createElement('span');
    kinds.className = 'plugin-kinds';
    for (const kind of plugin.provides) {
      const chip = document.createElement('span');
      chip.className = `chip ${kindClass(kind)}`;
      chip.textContent = kind;
      kinds.appendChild(chip);
    }
    label.append(box, name, version, kinds);
    fieldset.appendChild(label);
  }
}

// {names, count}: names is comma-separated for the module, or empty (all, as the CLI without --plugins) when
// every box is ticked.
export function selectedPlugins(fieldset) {
  const boxes = [...fieldset.querySelectorAll('input[type=checkbox]')];
  const chosen = boxes.filter((box) => box.checked).map((box) => box.value);
  return {names: chosen.length === boxes.length ? '' : chosen.join(','), count: chosen.length};
}
