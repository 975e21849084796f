/**
 * Sets attributes on an element outside a React render (a glide's frame), leaving alone those that already have
 * the value: an unchanged attribute costs no style or layout work in the browser.
 */
export function setAttributes(element: Element | null | undefined, attributes: Record<string, string | number>): void {
  if (!element) return;
  for (const name in attributes) {
    const value = String(attributes[name]);
    if (element.getAttribute(name) !== value) element.setAttribute(name, value);
  }
}
