/**
 * The five groups of a record's latest status, in the order a promise moves towards being kept:
 * the map's status dots, the legend and the promises view's bars all use them, with one colour
 * each (palette.ts). Each group is a set of the status filter's values, so a bar segment is exactly a filter of
 * the browse view (`statuses`), and the list there shows its count.
 */
import { LATEST_STATUSES, type Label, type LatestStatusKey } from './vocabulary.ts';

export const STATUS_GROUPS = {
  done: { zh: '已建成/已投用', en: 'Completed or in operation', statuses: ['completed', 'in_operation'] },
  underway: {
    zh: '在建/已开工',
    en: 'Under construction or started',
    statuses: ['started', 'under_construction'],
  },
  other: { zh: '其他进展', en: 'Other news', statuses: ['other'] },
  stalled: { zh: '延期/已取消', en: 'Delayed or cancelled', statuses: ['delayed', 'cancelled'] },
  none: { zh: '未找到后续报道', en: 'No follow-up found', statuses: ['none'] },
} as const satisfies Record<string, Label & { statuses: readonly LatestStatusKey[] }>;
export type StatusGroupKey = keyof typeof STATUS_GROUPS;
export const STATUS_GROUP_ORDER = Object.keys(STATUS_GROUPS) as StatusGroupKey[];

const GROUP_OF = new Map<LatestStatusKey, StatusGroupKey>(
  STATUS_GROUP_ORDER.flatMap((group) => STATUS_GROUPS[group].statuses.map((s) => [s, group] as const)),
);

/** The group of a latest status. Every status is in exactly one group (a unit test checks it). */
export function statusGroupOf(status: LatestStatusKey): StatusGroupKey {
  return GROUP_OF.get(status)!;
}

/** The status filter's values a group stands for, in the filter's order. */
export function groupStatuses(group: StatusGroupKey): LatestStatusKey[] {
  const wanted: readonly LatestStatusKey[] = STATUS_GROUPS[group].statuses;
  return (Object.keys(LATEST_STATUSES) as LatestStatusKey[]).filter((s) => wanted.includes(s));
}
