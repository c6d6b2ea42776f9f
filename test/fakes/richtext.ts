// RichTextValue: cell text written as is (never converted), with an optional link.

export class FakeRichTextValue {
  constructor(
    private readonly text: string,
    private readonly link: string | null,
  ) {}
  getText(): string {
    return this.text;
  }
  getLinkUrl(): string | null {
    return this.link;
  }
}

export class FakeRichTextValueBuilder {
  private text = "";
  private link: string | null = null;
  setText(text: string): this {
    this.text = String(text);
    return this;
  }
  /** (url) for the whole text, or (start, end, url): the fake keeps one link per cell. */
  setLinkUrl(...args: [string | null] | [number, number, string | null]): this {
    this.link = (args.length === 1 ? args[0] : args[2]) ?? null;
    return this;
  }
  build(): FakeRichTextValue {
    return new FakeRichTextValue(this.text, this.link);
  }
}
