/**
 * Reads the fields of one YAML list item, reporting each missing or ill-typed field as a problem at the
 * field's own line. Getters return `undefined` when the field is unusable (and report why), so a check
 * can go on and find every problem of the item in one run.
 */
import type { SourceItem } from './load-sources.ts';
import { preview, type SourceProblem } from './source-problem.ts';

/** What a field holds, in words a person editing the YAML understands; used in every fix text. */
export type FieldHelp = Readonly<Record<string, string>>;

export function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export class FieldReader {
  readonly fields: Record<string, unknown>;

  constructor(
    private readonly item: SourceItem,
    private readonly subject: string,
    private readonly help: FieldHelp,
    private readonly problems: SourceProblem[],
    /** Shown before field names in messages, for nested mappings: `targets[0].`. */
    private readonly prefix = '',
  ) {
    this.fields = isMapping(item.value) ? item.value : {};
  }

  /** A reader for the mapping at `path` (e.g. `targets.0`), with lines and messages relative to it. */
  child(path: string, label: string, help: FieldHelp): FieldReader {
    const fieldLines = new Map<string, number>();
    for (const [key, line] of this.item.fieldLines) {
      if (key.startsWith(`${path}.`)) fieldLines.set(key.slice(path.length + 1), line);
    }
    let value: unknown = this.fields;
    for (const part of path.split('.'))
      value = isMapping(value) || Array.isArray(value) ? (value as Record<string, unknown>)[part] : undefined;
    const item: SourceItem = { ...this.item, line: this.lineOf(path), value, fieldLines };
    return new FieldReader(item, this.subject, help, this.problems, `${this.prefix}${label}.`);
  }

  /** How many problems have been reported so far, by this reader or any other: to tell whether a part added one. */
  problemCount(): number {
    return this.problems.length;
  }

  private name(field: string): string {
    return `${this.prefix}${field}`;
  }

  /** False (and reported) when the item is not a `field: value` mapping at all. */
  static isMapping(item: SourceItem, subject: string, problems: SourceProblem[]): boolean {
    if (isMapping(item.value)) return true;
    const message = `the item is ${preview(item.value)}, not a set of "field: value" lines`;
    problems.push({
      file: item.file,
      line: item.line,
      subject,
      message,
      fix: 'write it as in docs/data-model.md',
    });
    return false;
  }

  lineOf(path: string): number {
    return this.item.fieldLines.get(path) ?? this.item.line;
  }

  report(path: string, message: string, fix: string): void {
    this.problems.push({
      file: this.item.file,
      line: this.lineOf(path),
      subject: this.subject,
      field: this.name(path),
      message,
      fix,
    });
  }

  private missing(field: string): undefined {
    this.report(
      field,
      `${this.name(field)} is missing`,
      `add ${field}: ${this.help[field] ?? 'see docs/data-model.md'}`,
    );
    return undefined;
  }

  private wrong(field: string, what: string): undefined {
    const fix = `give ${field} as ${this.help[field] ?? 'described in docs/data-model.md'}`;
    this.report(field, `${this.name(field)} is ${preview(this.fields[field])}, not ${what}`, fix);
    return undefined;
  }

  /** Optional fields may be left out or written as null. */
  isAbsent(field: string): boolean {
    return this.fields[field] === undefined || this.fields[field] === null;
  }

  rejectUnknownFields(): void {
    for (const field of Object.keys(this.fields)) {
      if (!Object.hasOwn(this.help, field)) {
        const fix = `remove it or correct its spelling (known fields: ${Object.keys(this.help).join(', ')})`;
        this.report(field, `unknown field ${preview(this.name(field))}`, fix);
      }
    }
  }

  text(field: string): string | undefined {
    const value = this.fields[field];
    if (value === undefined || value === null) return this.missing(field);
    return typeof value === 'string' && value.trim() !== '' ? value : this.wrong(field, 'text');
  }

  optionalText(field: string): string | null | undefined {
    return this.isAbsent(field) ? null : this.text(field);
  }

  oneOf<T extends string>(field: string, allowed: readonly T[]): T | undefined {
    const value = this.fields[field];
    if (value === undefined || value === null) return this.missing(field);
    if (typeof value === 'number' && (allowed as readonly string[]).includes(String(value))) {
      // YAML reads an unquoted 2022 as a number; the vocabulary keys are strings.
      this.report(
        field,
        `${this.name(field)} is the number ${value}, not text`,
        `quote it: ${field}: "${value}"`,
      );
      return undefined;
    }
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
    const what = typeof value === 'string' ? `${preview(value)} is not` : `is ${preview(value)}, not`;
    this.report(field, `${this.name(field)} ${what} a known value`, `use one of: ${allowed.join(', ')}`);
    return undefined;
  }

  /** An NBS code of `digits` digits, quoted or not (YAML reads a bare code as a number). */
  code(field: string, digits: number): string | undefined {
    const value = this.fields[field];
    if (value === undefined || value === null) return this.missing(field);
    const text = typeof value === 'number' && Number.isSafeInteger(value) ? String(value) : value;
    if (typeof text === 'string' && text.length === digits && /^\d+$/.test(text)) return text;
    return this.wrong(field, `a ${digits}-digit code`);
  }

  wholeNumber(field: string, min: number): number | undefined {
    const value = this.fields[field];
    if (value === undefined || value === null) return this.missing(field);
    return Number.isSafeInteger(value) && (value as number) >= min
      ? (value as number)
      : this.wrong(field, `a whole number ≥ ${min}`);
  }

  list(field: string): unknown[] | undefined {
    const value = this.fields[field];
    if (value === undefined || value === null) return this.missing(field);
    return Array.isArray(value) ? value : this.wrong(field, 'a list');
  }

  mapping(field: string): Record<string, unknown> | undefined {
    const value = this.fields[field];
    if (value === undefined || value === null) return this.missing(field);
    return isMapping(value) ? value : this.wrong(field, 'a mapping');
  }
}
