/**
 * The popup of a township badge: the township-level projects at that seat, each a button; for a
 * badge that merges several seats (badge-merge.ts), how many projects and seats it holds, then each
 * seat's township and projects. Built with DOM nodes and textContent, never HTML strings: project
 * text is shown as text.
 */
import type { ProjectFeature } from '../domain/project.ts';
import { latestStatus } from '../domain/progress.ts';
import { LATEST_STATUSES, PRECISIONS } from '../domain/vocabulary.ts';
import type { Lang } from '../i18n/messages.ts';
import { mt } from '../i18n/map-messages.ts';

/** One seat of a badge: the township its position lies in (null: outside all), and its projects. */
export interface BadgeSeat {
  township: string | null;
  projects: readonly ProjectFeature[];
}

function text(tag: string, className: string, content: string): HTMLElement {
  const element = document.createElement(tag);
  element.className = className;
  element.textContent = content;
  return element;
}

function projectList(projects: readonly ProjectFeature[], lang: Lang, onchoose: (id: string) => void) {
  const list = document.createElement('ul');
  for (const p of projects) {
    const item = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = lang === 'zh' ? p.properties.name_zh : p.properties.name_en;
    // The latest progress in words, after the name, only where public reports give one.
    const status = latestStatus(p.properties);
    if (status !== 'none') button.append(text('span', 'status', ` · ${LATEST_STATUSES[status][lang]}`));
    button.addEventListener('click', () => onchoose(p.id));
    item.append(button);
    list.append(item);
  }
  return list;
}

export function badgePopupContent(
  seats: readonly BadgeSeat[],
  lang: Lang,
  onchoose: (id: string) => void,
): HTMLElement {
  const root = document.createElement('div');
  root.className = 'badge-popup';
  const township = (seat: BadgeSeat) => seat.township ?? mt(lang, 'unknownTownship');
  if (seats.length === 1) {
    const [seat] = seats as [BadgeSeat];
    root.append(text('p', '', `${township(seat)} · ${PRECISIONS.township[lang]}`));
    root.append(projectList(seat.projects, lang, onchoose));
    return root;
  }
  const ids = new Set(seats.flatMap((s) => s.projects.map((p) => p.id)));
  root.classList.add('merged');
  root.append(text('p', '', mt(lang, 'mergedHeading', { n: ids.size, k: seats.length })));
  for (const seat of seats) {
    const n = seat.projects.length;
    root.append(text('p', 'seat', mt(lang, 'seatHeading', { township: township(seat), n })));
    root.append(projectList(seat.projects, lang, onchoose));
  }
  return root;
}
