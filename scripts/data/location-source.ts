/**
 * The `location_source` and `location_source_zh` sentences of a compiled record: how its geometry was
 * obtained, from each place's name, method and source, so a reader can judge the point on the map;
 * for a record without places, why it has none (UNPLACED_REASONS).
 */
import type { Label } from '../../src/lib/domain/vocabulary.ts';
import { UNPLACED_REASONS } from '../../src/lib/domain/vocabulary.ts';
import type { Place, ProjectSource, TownshipName } from './source-types.ts';

const METHOD_ZH = { cited: '引用', estimated: '估算' } as const;

/** `name (name_en) — method: source`; a source that already opens with its method keeps its own wording. */
function placeEntry(place: Place): Label {
  const saysMethod = place.source.toLowerCase().startsWith(place.method);
  const saysMethodZh = place.source_zh.startsWith(METHOD_ZH[place.method]);
  return {
    en: `${place.name_zh} (${place.name_en}) — ${saysMethod ? place.source : `${place.method}: ${place.source}`}`,
    zh: `${place.name_zh}——${saysMethodZh ? place.source_zh : `${METHOD_ZH[place.method]}：${place.source_zh}`}`,
  };
}

/**
 * For a placed record `named` counts the sites placed (a news page may name sites the report leaves
 * unnamed, and a named site may have no known place); for a record with no places, the sites named.
 */
function sitesSentence(record: ProjectSource, placed: boolean): Label {
  if (record.sites === null) return { en: '', zh: '' };
  const { named, total } = record.sites;
  return placed
    ? {
        en: ` Sites placed: ${named} of ${total}; the others are not placed.`,
        zh: `${total}处中已定位${named}处，其余未定位。`,
      }
    : {
        en: ` Sites named: ${named} of ${total}; none is placed.`,
        zh: `${total}处中点名${named}处，均未定位。`,
      };
}

function unplacedLead(record: ProjectSource, township: TownshipName | undefined): Label {
  const reason = UNPLACED_REASONS[record.unplaced ?? 'not_named'];
  if (township === undefined) return { en: `Not placed. ${reason.en}`, zh: `未定位：${reason.zh}` };
  return {
    en: `Not placed: the report names only the township, ${township.name_zh} (${township.name_en}). ${reason.en}`,
    zh: `未定位：报告只点明了所在镇街（${township.name_zh}）。${reason.zh}`,
  };
}

export function locationSource(
  record: ProjectSource,
  places: readonly Place[],
  townships: ReadonlyMap<string, TownshipName>,
): Label {
  const sites = sitesSentence(record, places.length > 0);
  if (places.length === 0) {
    const lead = unplacedLead(record, record.township === null ? undefined : townships.get(record.township));
    return { en: `${lead.en}${sites.en}`, zh: `${lead.zh}${sites.zh}` };
  }
  const entries = places.map(placeEntry);
  const en = entries.map((e) => e.en).join('; ');
  const zh = entries.map((e) => e.zh).join('；');
  const line = record.shape === 'line';
  // A source usually ends without a full stop; one that has its own keeps just that one.
  return {
    en: `${line ? 'A line through these places, in order: ' : ''}${en}${/[.。!?]$/.test(en) ? '' : '.'}${sites.en}`,
    zh: `${line ? '按顺序连接以下地点的线：' : ''}${zh}${/[。！？]$/.test(zh) ? '' : '。'}${sites.zh}`,
  };
}
