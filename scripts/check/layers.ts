/**
 * The layer rules of the code, pure: which folder may import which. The structure check
 * (structure-cli.ts) applies them to every import in src/ and scripts/ and fails npm test on a
 * breach. Paths are relative to the repository root; a package is named by its specifier.
 */

export interface LayerRule {
  /** A short name, for allowances and messages. */
  name: string;
  /** True when `file` importing `target` breaks the rule. */
  breaks(file: string, target: string): boolean;
  /** What to do instead, for the message. */
  fix: string;
}

const under = (path: string, folder: string) => path.startsWith(folder);
const isPackage = (target: string, name: string) => target === name || target.startsWith(`${name}/`);
/** The wire-format modules scripts may share with the browser (editor/protocol.ts, embed/protocol.ts). */
const isProtocol = (target: string) => /^src\/lib\/[\w-]+\/protocol\.ts$/.test(target);

export const LAYER_RULES: readonly LayerRule[] = [
  {
    name: 'domain-is-plain',
    breaks: (file, target) =>
      under(file, 'src/lib/domain/') && under(target, 'src/') && !under(target, 'src/lib/domain/'),
    fix: 'src/lib/domain/ is plain logic and imports no other layer: move what it needs into domain/',
  },
  {
    name: 'maplibre-in-map',
    breaks: (file, target) => isPackage(target, 'maplibre-gl') && !under(file, 'src/lib/map/'),
    fix: 'only src/lib/map/ imports maplibre-gl (its types too): add a function there, or hold a MapHandle',
  },
  {
    name: 'ui-not-map',
    breaks: (file, target) => under(file, 'src/lib/ui/') && under(target, 'src/lib/map/'),
    fix: 'src/lib/ui/ takes nothing from src/lib/map/: what both need goes where both may read it (e.g. src/lib/palette.ts)',
  },
  {
    name: 'scripts-use-domain',
    breaks: (file, target) =>
      under(file, 'scripts/') &&
      under(target, 'src/') &&
      !under(target, 'src/lib/domain/') &&
      !isProtocol(target),
    fix: 'scripts/ import from src/ only src/lib/domain/ and protocol modules (src/lib/<folder>/protocol.ts)',
  },
];

/** A folder (or file) excused from one rule, with the reason it must be. */
export interface LayerAllowance {
  rule: string;
  /** A path prefix of the importing files. */
  from: string;
  why: string;
}

export interface LayerBreach {
  file: string;
  target: string;
  rule: LayerRule;
}

/**
 * Every import that breaks a rule and no allowance excuses, in file order; and the allowances that
 * excuse nothing any more (they fail the check too, so the list never goes stale).
 */
export function layerBreaches(
  imports: ReadonlyMap<string, readonly string[]>,
  allowances: readonly LayerAllowance[],
  rules: readonly LayerRule[] = LAYER_RULES,
): { breaches: LayerBreach[]; staleAllowances: LayerAllowance[] } {
  const breaches: LayerBreach[] = [];
  const used = new Set<LayerAllowance>();
  for (const [file, targets] of [...imports].sort(([a], [b]) => a.localeCompare(b)))
    for (const target of targets)
      for (const rule of rules) {
        if (!rule.breaks(file, target)) continue;
        const allowance = allowances.find((a) => a.rule === rule.name && under(file, a.from));
        if (allowance) used.add(allowance);
        else breaches.push({ file, target, rule });
      }
  return { breaches, staleAllowances: allowances.filter((a) => !used.has(a)) };
}
