// Form controls with their labels, for the quick logs and the review: every control has a visible label tied to it,
// every group a legend, so that a screen reader and a keyboard reach them as a pointer does. Defaults are set as
// defaults (defaultValue, defaultChecked, defaultSelected), so that a form reset after saving is ready for the next
// entry as it was for the first.

/** An element with its text (set as text, never as markup) and class. */
export function element(tag, text, className) {
  const made = document.createElement(tag);
  if (text !== undefined && text !== null) {
    made.textContent = text;
  }
  if (className) {
    made.className = className;
  }
  return made;
}

function labelled(labelText, control) {
  const label = document.createElement('label');
  label.htmlFor = control.id;
  label.textContent = labelText;
  const wrapper = document.createElement('div');
  wrapper.className = 'field';
  wrapper.append(label, control);
  return wrapper;
}

export function option(value, text) {
  const choice = document.createElement('option');
  choice.value = value;
  choice.textContent = text;
  return choice;
}

/** A drop-down of [value, text] pairs. */
export function select(id, labelText, options, { required = false, value } = {}) {
  const control = document.createElement('select');
  control.id = id;
  control.required = required;
  control.append(...options.map(([v, text]) => {
    const made = option(v, text);
    made.defaultSelected = value !== undefined && String(v) === String(value);
    return made;
  }));
  return { element: labelled(labelText, control), control, value: () => control.value };
}

/** One of a few choices, all visible: radio buttons in a fieldset. */
export function radios(id, legendText, options, checked) {
  const group = document.createElement('fieldset');
  const legend = document.createElement('legend');
  legend.textContent = legendText;
  group.append(legend);
  options.forEach(([value, text], index) => {
    const radio = document.createElement('input');
    radio.type = 'radio';
    radio.name = id;
    radio.id = `${id}-${index}`;
    radio.value = String(value);
    radio.required = true;
    radio.defaultChecked = value === checked;
    const label = document.createElement('label');
    label.htmlFor = radio.id;
    label.textContent = text;
    const line = document.createElement('div');
    line.append(radio, label);
    group.append(line);
  });
  return { element: group, value: () => group.querySelector('input:checked')?.value };
}

/** Some of a few choices: checkboxes in a fieldset; at least one when required. */
export function checks(id, legendText, options) {
  const group = document.createElement('fieldset');
  const legend = document.createElement('legend');
  legend.textContent = legendText;
  group.append(legend);
  const boxes = options.map(([value, text], index) => {
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.id = `${id}-${index}`;
    box.value = value;
    const label = document.createElement('label');
    label.htmlFor = box.id;
    label.textContent = text;
    const line = document.createElement('div');
    line.append(box, label);
    group.append(line);
    return box;
  });
  return { element: group, value: () => boxes.filter(box => box.checked).map(box => box.value) };
}

/** A yes-or-no question as one checkbox. */
export function yesNo(id, labelText, checked = false) {
  const box = document.createElement('input');
  box.type = 'checkbox';
  box.id = id;
  box.defaultChecked = checked;
  const wrapper = labelled(labelText, box);
  wrapper.className = 'field inline';
  wrapper.prepend(box);
  return { element: wrapper, value: () => box.checked };
}

export function input(id, labelText, type, { required = false, value, min, max, step, maxLength } = {}) {
  const control = document.createElement('input');
  control.type = type;
  control.id = id;
  control.required = required;
  if (type === 'number') {
    control.inputMode = step && String(step).includes('.') ? 'decimal' : 'numeric';
  }
  Object.entries({ defaultValue: value, min, max, step, maxLength }).filter(([, v]) => v !== undefined)
      .forEach(([name, v]) => { control[name] = v; });
  return { element: labelled(labelText, control), control, value: () => control.value };
}

/** Today on this device, as an ISO date: the day a log is made. */
export function today() {
  const now = new Date();
  const pad = n => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
