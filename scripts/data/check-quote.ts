/**
 * Is the quote in its report, on the line the record says? When it is not, say where it is, or how far
 * it matches and which character differs: the report mixes full- and half-width punctuation, and a
 * "，" typed as "," is the usual reason a quote is not found.
 */
export interface QuoteIssue {
  message: string;
  fix: string;
}

/** The length of the longest prefix of `needle` found in `haystack` (prefixes of a found prefix are found). */
function longestPrefixFound(haystack: string, needle: string): number {
  let low = 0;
  let high = Math.min(needle.length, haystack.length);
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (haystack.includes(needle.slice(0, mid))) low = mid;
    else high = mid - 1;
  }
  return low;
}

function describeChar(ch: string | undefined): string {
  if (ch === undefined || ch === '') return 'the end of the line';
  const code = ch.codePointAt(0) ?? 0;
  return `"${ch}" (U+${code.toString(16).toUpperCase().padStart(4, '0')})`;
}

/** Where the quote stops matching the report, for the message. */
function mismatchHint(lines: readonly string[], quote: string, reportLine: number): string {
  let bestLine = reportLine;
  let bestLength =
    reportLine >= 1 && reportLine <= lines.length
      ? longestPrefixFound(lines[reportLine - 1] ?? '', quote)
      : 0;
  lines.forEach((line, i) => {
    if (line.length < bestLength) return;
    const length = longestPrefixFound(line, quote);
    if (length > bestLength) [bestLine, bestLength] = [i + 1, length];
  });
  if (bestLength === 0) return 'no part of it matches the start of any clause in the report';
  const line = lines[bestLine - 1] ?? '';
  const at = line.indexOf(quote.slice(0, bestLength)) + bestLength;
  return (
    `its first ${bestLength} characters match line ${bestLine}; then the quote has ${describeChar(quote[bestLength])}` +
    ` where the report has ${describeChar(line[at])}`
  );
}

/** `report` names the report in messages: its file. */
export function quoteIssue(
  lines: readonly string[],
  quote: string,
  reportLine: number,
  report: string,
): QuoteIssue | null {
  if (/[\r\n]/.test(quote)) {
    return { message: 'quote has a line break', fix: 'quote one clause from one line of the report' };
  }
  if ((lines[reportLine - 1] ?? '').includes(quote)) return null;
  const foundOn: number[] = [];
  lines.forEach((line, i) => {
    if (line.includes(quote)) foundOn.push(i + 1);
  });
  const first = foundOn[0];
  if (first !== undefined) {
    const where = foundOn.length === 1 ? `line ${first}` : `lines ${foundOn.join(', ')}`;
    return {
      message: `quote is not on line ${reportLine} of ${report}; it is on ${where}`,
      fix: `set report_line: ${first}`,
    };
  }
  return {
    message: `quote is not in ${report}: ${mismatchHint(lines, quote, reportLine)}`,
    fix: 'copy the clause from the report character for character (full- and half-width punctuation differ)',
  };
}
