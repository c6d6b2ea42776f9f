/** Builds elements whose text always goes through textContent: a cell may hold HTML or script. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: { className?: string; title?: string; value?: string } = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (attrs.className) node.className = attrs.className;
  if (attrs.title) node.title = attrs.title;
  if (attrs.value !== undefined) (node as unknown as HTMLInputElement).value = attrs.value;
  for (const child of children) node.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
  return node;
}

export function replaceChildren(parent: Element, ...children: Node[]): void {
  while (parent.firstChild) parent.removeChild(parent.firstChild);
  for (const c of children) parent.appendChild(c);
}

export function byId<T extends HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`Élément #${id} absent du panneau`);
  return node as T;
}

export function option(value: string, label: string, selected: boolean): HTMLOptionElement {
  const o = el("option", { value }, label);
  o.selected = selected;
  return o;
}

export function button(label: string, className: string, onClick: () => void): HTMLButtonElement {
  const b = el("button", { className }, label);
  b.addEventListener("click", onClick);
  return b;
}
