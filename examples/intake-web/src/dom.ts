import { type Lang, type TextKey, t } from "./i18n";

type Child = Node | string | null | undefined | false;

/**
 * Creates an element. Attributes with `true` are set empty, with `false`/`undefined` left out.
 *
 * @param tag - the tag name
 * @param attrs - attributes
 * @param children - child nodes or texts
 * @returns the element
 * @example
 * h("button", { type: "button" }, "OK").outerHTML
 * //=> '<button type="button">OK</button>'
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number | boolean | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    el.setAttribute(name, value === true ? "" : String(value));
  }
  for (const child of children) if (child !== null && child !== undefined && child !== false) el.append(child);
  return el;
}

/**
 * A span whose text follows the page language (see {@link applyLang}).
 *
 * @param key - the text's key
 * @param lang - the current language
 * @returns the span
 * @example
 * tx("submit", "zh").textContent
 * //=> "提交登记"
 */
export function tx(key: TextKey, lang: Lang): HTMLSpanElement {
  const span = h("span", { "data-t": key });
  span.textContent = t(key, lang);
  return span;
}

/**
 * Re-labels every element marked with `data-t` (text) or `data-t-aria` (aria-label) under `root`.
 *
 * @param root - the subtree
 * @param lang - the language
 * @returns nothing
 * @example
 * applyLang(document.body, "en")
 * //=> undefined (labels are now English)
 */
export function applyLang(root: ParentNode, lang: Lang): void {
  for (const el of root.querySelectorAll<HTMLElement>("[data-t]")) el.textContent = t(el.dataset.t as TextKey, lang);
  for (const el of root.querySelectorAll<HTMLElement>("[data-t-aria]"))
    el.setAttribute("aria-label", t(el.dataset.tAria as TextKey, lang));
}
