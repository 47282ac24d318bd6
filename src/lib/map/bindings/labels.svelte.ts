/** The map's names follow the language and the large-text mode without reloading anything. */
import type { Cartography } from '../cartography.ts';
import type { Lang } from '../../i18n/lookup.ts';

export interface LabelsInput {
  readonly lang: Lang;
  readonly large: boolean;
}

export function bindLabels(cartography: Cartography, input: LabelsInput): void {
  $effect(() => cartography.setLabels(input.lang, input.large));
}
