/** Builds elements whose text always goes through textContent: a cell may hold HTML or script. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: { className?: string; title?: string } = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (attrs.className) node.className = attrs.className;
  if (attrs.title) node.title = attrs.title;
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
