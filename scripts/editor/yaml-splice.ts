/**
 * Writes an edited item of a top-level YAML list back into its file, leaving every other byte as it
 * was. Re-serialising the whole document with the `yaml` package's Document API keeps comments and
 * key order but not every byte (a comment's spacing, a comment's indentation), and a staff member's
 * save must change only what they changed: so only the edited item's own text is replaced, and a
 * new item is appended after the last one.
 */
import { Document, isMap, isSeq, parseDocument, type YAMLMap, type YAMLSeq } from 'yaml';

/** How the repository's YAML is written: one line a value, `[a, b]` without inner spaces. */
const STRINGIFY = { lineWidth: 0, flowCollectionPadding: false } as const;

export interface ListFile {
  text: string;
  doc: Document.Parsed;
  list: YAMLSeq<YAMLMap>;
}

/** Parses a file whose top level is a list of mappings (places.yaml, projects.yaml). */
export function readListFile(text: string, file: string): ListFile {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) throw new Error(`${file}: ${doc.errors[0]!.message.split('\n')[0]}`);
  const list = doc.contents;
  if (!isSeq(list) || !list.items.every((item) => isMap(item)))
    throw new Error(`${file}: the top level is not a list of mappings`);
  return { text, doc, list: list as YAMLSeq<YAMLMap> };
}

/** The mapping as a list item at column 0 (`- key: …` then two-space indented lines), without a final newline. */
function itemText(item: YAMLMap): string {
  // A comment above the item (a section heading) lies before the item's own text: it stays where it is.
  const own = item.clone() as YAMLMap;
  own.commentBefore = undefined;
  own.spaceBefore = false;
  const body = new Document(own).toString(STRINGIFY).replace(/\n$/, '');
  return body
    .split('\n')
    .map((line, i) => (i === 0 ? `- ${line}` : line === '' ? '' : `  ${line}`))
    .join('\n');
}

/**
 * The file's text with `edited` (items of `file.list`, changed in place) written anew and `added`
 * (new mappings) appended, each after a blank line, as the files separate their items.
 */
export function spliceItems(file: ListFile, edited: readonly YAMLMap[], added: readonly YAMLMap[]): string {
  const ranges = edited.map((item) => {
    if (!item.range) throw new Error('an edited item must come from the parsed file');
    // The item's text starts after its "- " and ends where its last value does.
    return { start: item.range[0] - 2, end: item.range[1], text: itemText(item) };
  });
  let text = file.text;
  for (const { start, end, text: replacement } of ranges.sort((a, b) => b.start - a.start)) {
    if (text.slice(start, start + 2) !== '- ') throw new Error('an edited item is not a top-level list item');
    const old = text.slice(start, end).replace(/\s+$/, '');
    text = text.slice(0, start) + replacement + text.slice(start + old.length);
  }
  if (added.length > 0) {
    text = text.replace(/\s*$/, '\n');
    for (const item of added) text += `\n${itemText(item)}\n`;
  }
  return text;
}
