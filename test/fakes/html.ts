// HtmlService: the sidebar's HTML is read from the built files, as clasp would push them.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { counted } from "./calls";
import type { Execution } from "./context";

export const SandboxMode = { EMULATED: "EMULATED", IFRAME: "IFRAME", NATIVE: "NATIVE" } as const;
export const XFrameOptionsMode = { ALLOWALL: "ALLOWALL", DEFAULT: "DEFAULT" } as const;

export class FakeHtmlOutput {
  private title = "";
  private width = 300;
  private height = 0;
  private sandbox: string = SandboxMode.IFRAME;
  constructor(private content: string) {}
  /** For the Ui fake: a property read, so that showing the output counts no getter calls. */
  get shown(): { title: string; content: string } {
    return { title: this.title, content: this.content };
  }
  getContent(): string {
    return this.content;
  }
  setContent(content: string): this {
    this.content = content;
    return this;
  }
  append(addedContent: string): this {
    this.content += addedContent;
    return this;
  }
  getTitle(): string {
    return this.title;
  }
  setTitle(title: string): this {
    this.title = title;
    return this;
  }
  getWidth(): number {
    return this.width;
  }
  setWidth(width: number): this {
    this.width = width;
    return this;
  }
  getHeight(): number {
    return this.height;
  }
  setHeight(height: number): this {
    this.height = height;
    return this;
  }
  setSandboxMode(mode: string): this {
    this.sandbox = mode;
    return this;
  }
  getSandboxMode(): string {
    return this.sandbox;
  }
  setXFrameOptionsMode(): this {
    return this;
  }
  addMetaTag(): this {
    return this;
  }
}

export class FakeHtmlService {
  readonly SandboxMode = SandboxMode;
  readonly XFrameOptionsMode = XFrameOptionsMode;
  constructor(private readonly exec: Execution) {}

  private output(content: string): FakeHtmlOutput {
    return counted(this.exec, "HtmlOutput", new FakeHtmlOutput(content));
  }
  createHtmlOutput(html = ""): FakeHtmlOutput {
    return this.output(String(html));
  }
  /** `name` without extension, as the file is named once pushed (`Sidebar` for Sidebar.html). */
  createHtmlOutputFromFile(filename: string): FakeHtmlOutput {
    const path = this.exec.htmlDir === null ? null : join(this.exec.htmlDir, `${filename.replace(/\.html$/, "")}.html`);
    if (!path || !existsSync(path)) throw new Error(`No HTML file named ${filename} was found.`);
    return this.output(readFileSync(path, "utf8"));
  }
}
