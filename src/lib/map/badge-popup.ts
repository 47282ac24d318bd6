/**
 * The popup of a township badge: the township-level projects at that seat, each a button.
 * Built with DOM nodes and textContent, never HTML strings: project text is shown as text.
 */
import type { ProjectFeature } from '../domain/project.ts';
import { latestStatus } from '../domain/progress.ts';
import { LATEST_STATUSES, PRECISIONS } from '../domain/vocabulary.ts';
import type { Lang } from '../i18n/messages.ts';

export function badgePopupContent(
  projects: readonly ProjectFeature[],
  lang: Lang,
  onchoose: (id: string) => void,
): HTMLElement {
  const root = document.createElement('div');
  root.className = 'badge-popup';
  const heading = document.createElement('p');
  heading.textContent = PRECISIONS.township[lang];
  root.append(heading);
  const list = document.createElement('ul');
  for (const p of projects) {
    const item = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = lang === 'zh' ? p.properties.name_zh : p.properties.name_en;
    // The latest progress in words, after the name, only where public reports give one.
    const status = latestStatus(p.properties);
    if (status !== 'none') {
      const tag = document.createElement('span');
      tag.className = 'status';
      tag.textContent = ` · ${LATEST_STATUSES[status][lang]}`;
      button.append(tag);
    }
    button.addEventListener('click', () => onchoose(p.id));
    item.append(button);
    list.append(item);
  }
  root.append(list);
  return root;
}
