/**
 * The evidence of a location as staff give it (the editor's source form, the workbook's 位置
 * sheet), turned into the record's texts (places.yaml `source`, `source_zh`): a citation (a
 * document or page, with its address when it has one), or what the district's own unit knows or
 * saw on site, with the unit's name and the date. Pure.
 */
export type SourceForm =
  | { kind: 'citation'; title: string; url: string }
  | { kind: 'local'; how: 'known' | 'visited'; unit: string; date: string };

export interface SourceTexts {
  location_source_zh: string;
  location_source_en: string;
  source_url?: string;
}

/** The form's fields that are empty or wrong, by name; [] when it can be sent. */
export function sourceFormIssues(form: SourceForm): ('title' | 'url' | 'unit' | 'date')[] {
  if (form.kind === 'citation') {
    const issues: ('title' | 'url')[] = [];
    if (!form.title.trim()) issues.push('title');
    if (form.url.trim() && !/^https?:\/\/\S+$/i.test(form.url.trim())) issues.push('url');
    return issues;
  }
  const issues: ('unit' | 'date')[] = [];
  if (!form.unit.trim()) issues.push('unit');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(form.date)) issues.push('date');
  return issues;
}

export function sourceTexts(form: SourceForm): SourceTexts {
  if (form.kind === 'citation') {
    const title = form.title.trim();
    const url = form.url.trim();
    return {
      location_source_zh: `引用：${title}`,
      location_source_en: `cited: ${title}`,
      ...(url ? { source_url: url } : {}),
    };
  }
  const unit = form.unit.trim();
  return form.how === 'known'
    ? {
        location_source_zh: `本单位掌握：${unit}，${form.date}`,
        location_source_en: `local knowledge of ${unit}, ${form.date}`,
      }
    : {
        location_source_zh: `现场核实：${unit}，${form.date}`,
        location_source_en: `site visit by ${unit}, ${form.date}`,
      };
}
