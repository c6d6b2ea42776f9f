// DataValidation and its builder: the list and checkbox rules the add-on sets.

export const DataValidationCriteria = {
  VALUE_IN_LIST: "VALUE_IN_LIST",
  VALUE_IN_RANGE: "VALUE_IN_RANGE",
  CHECKBOX: "CHECKBOX",
  NUMBER_BETWEEN: "NUMBER_BETWEEN",
  DATE_IS_VALID_DATE: "DATE_IS_VALID_DATE",
  TEXT_IS_VALID_EMAIL: "TEXT_IS_VALID_EMAIL",
  TEXT_IS_VALID_URL: "TEXT_IS_VALID_URL",
} as const;

type Criteria = keyof typeof DataValidationCriteria;

export interface ValidationRule {
  criteria: Criteria;
  values: unknown[];
  allowInvalid: boolean;
  helpText: string;
}

/** Immutable, like the real DataValidation: change it through copy() and a builder. */
export class FakeDataValidation {
  constructor(readonly rule: ValidationRule) {}
  getCriteriaType(): Criteria {
    return this.rule.criteria;
  }
  getCriteriaValues(): unknown[] {
    return [...this.rule.values];
  }
  getAllowInvalid(): boolean {
    return this.rule.allowInvalid;
  }
  getHelpText(): string | null {
    return this.rule.helpText || null;
  }
  copy(): FakeDataValidationBuilder {
    return new FakeDataValidationBuilder({ ...this.rule, values: [...this.rule.values] });
  }
}

export class FakeDataValidationBuilder {
  constructor(private rule: ValidationRule = { criteria: "VALUE_IN_LIST", values: [], allowInvalid: true, helpText: "" }) {}
  requireValueInList(values: string[], showDropdown = true): this {
    if (!Array.isArray(values) || values.length === 0) throw new Error("The list of values must not be empty.");
    this.rule = { ...this.rule, criteria: "VALUE_IN_LIST", values: [[...values], showDropdown] };
    return this;
  }
  requireCheckbox(checked?: unknown, unchecked?: unknown): this {
    const values = checked === undefined ? [] : unchecked === undefined ? [checked] : [checked, unchecked];
    this.rule = { ...this.rule, criteria: "CHECKBOX", values };
    return this;
  }
  setAllowInvalid(allowInvalid: boolean): this {
    this.rule = { ...this.rule, allowInvalid };
    return this;
  }
  setHelpText(helpText: string): this {
    this.rule = { ...this.rule, helpText };
    return this;
  }
  getCriteriaType(): Criteria {
    return this.rule.criteria;
  }
  build(): FakeDataValidation {
    return new FakeDataValidation({ ...this.rule });
  }
}
