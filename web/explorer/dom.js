// Typed access to the page's fixed elements (index.html). A missing one is a
// mistake in the page, so it fails at once with the id rather than later as
// "cannot read properties of null".

/** The element with this id. */
export function byId(/** @type {string} */ id) {
  const el = document.getElementById(id);
  if (!el) throw new Error(`explorer: the page has no #${id}`);
  return el;
}

/** The <input> with this id. */
export function inputById(/** @type {string} */ id) {
  const el = byId(id);
  if (!(el instanceof HTMLInputElement)) throw new Error(`explorer: #${id} is not an <input>`);
  return el;
}

/** The <select> with this id. */
export function selectById(/** @type {string} */ id) {
  const el = byId(id);
  if (!(el instanceof HTMLSelectElement)) throw new Error(`explorer: #${id} is not a <select>`);
  return el;
}

/** The element a click or key press happened on, or the closest one around it matching `selector`. */
export function closestTo(/** @type {Event} */ event, /** @type {string} */ selector) {
  const target = event.target;
  return target instanceof Element ? /** @type {HTMLElement | null} */ (target.closest(selector)) : null;
}
