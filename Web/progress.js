// The at-a-glance picture of what the learner practises, used live beside the chat and as the
// summary at the end. Input: a summary/progress object {turns, practised, skills: {skill: {tag: n}}, nvcOrder}.
import { el, SKILL_NAMES, TAG_NAMES, MISTAKES, NVC_STEPS } from './common.js';

const SKILL_TAGS = {
  question: ['open', 'closed'],
  nvc: ['observation', 'feeling', 'need', 'request', 'evaluation', 'pseudo_feeling', 'demand'],
  trust: ['acknowledge', 'apology', 'explain', 'commit', 'ask_need', 'blame', 'defend', 'minimize'],
  habits: ['reflect', 'admit_unknown', 'yes_but', 'advice', 'compare_experience'],
};

function bar(label, count, max, mistake) {
  const row = el('div', 'bar' + (mistake ? ' bar--mistake' : ''));
  row.dataset.tag = label;
  row.append(el('span', 'bar-label', TAG_NAMES[label] || label));
  const track = el('span', 'bar-track');
  const fill = el('span', 'bar-fill');
  // CSSOM, not a style attribute: allowed under the strict content security policy.
  fill.style.width = max > 0 ? `${Math.round((count / max) * 100)}%` : '0%';
  track.append(fill);
  row.append(track, el('span', 'bar-count', String(count)));
  return row;
}

function questionPicture(counts) {
  const box = el('div', 'skill-body');
  const max = Math.max(1, counts.open || 0, counts.closed || 0);
  box.append(bar('open', counts.open || 0, max, false), bar('closed', counts.closed || 0, max, true));
  return box;
}

function nvcPicture(counts, order) {
  const box = el('div', 'skill-body');
  const steps = el('ol', 'steps');
  for (const step of NVC_STEPS) {
    const item = el('li', 'step' + ((counts[step] || 0) > 0 ? ' step--shown' : ''), TAG_NAMES[step]);
    item.dataset.tag = step;
    if ((counts[step] || 0) > 0) item.setAttribute('aria-label', `${TAG_NAMES[step]}: getoond`);
    steps.append(item);
  }
  box.append(steps);
  if (order && order.length > 0) {
    box.append(el('p', 'muted small', 'Volgorde: ' + order.map((tag) => TAG_NAMES[tag]).join(' → ')));
  }
  box.append(chips(['evaluation', 'pseudo_feeling', 'demand'], counts));
  return box;
}

function chips(tags, counts) {
  const list = el('div', 'chips');
  for (const tag of tags) {
    const count = counts[tag] || 0;
    const chip = el('span', 'chip' + (count > 0 ? ' chip--on' : '') + (MISTAKES.has(tag) ? ' chip--mistake' : ''),
      `${TAG_NAMES[tag]} ${count}`);
    chip.dataset.tag = tag;
    list.append(chip);
  }
  return list;
}

/** Renders the picture for every practised skill into `container`. */
export function renderProgress(container, progress) {
  container.replaceChildren();
  if (!progress) return;
  const practised = progress.practised && progress.practised.length ? progress.practised : Object.keys(progress.skills || {});
  for (const skill of practised) {
    const counts = (progress.skills || {})[skill] || {};
    const section = el('div', 'skill');
    section.dataset.skill = skill;
    section.append(el('h4', 'skill-title', SKILL_NAMES[skill] || skill));
    if (skill === 'question') section.append(questionPicture(counts));
    else if (skill === 'nvc') section.append(nvcPicture(counts, progress.nvcOrder));
    else section.append(chips(SKILL_TAGS[skill] || Object.keys(counts), counts));
    container.append(section);
  }
  container.append(el('p', 'muted small', `${progress.turns || 0} beurten`));
}

/** The end summary: bars for every tag of the practised skills. */
export function renderSummary(container, summary) {
  container.replaceChildren();
  const practised = summary.practised && summary.practised.length ? summary.practised : Object.keys(summary.skills || {});
  container.append(el('p', 'lead', `Je sprak ${summary.turns || 0} keer in dit gesprek.`));
  for (const skill of practised) {
    const counts = (summary.skills || {})[skill] || {};
    const section = el('section', 'skill skill--summary');
    section.dataset.skill = skill;
    section.append(el('h3', 'skill-title', SKILL_NAMES[skill] || skill));
    const tags = SKILL_TAGS[skill] || Object.keys(counts);
    const max = Math.max(1, ...tags.map((tag) => counts[tag] || 0));
    for (const tag of tags) section.append(bar(tag, counts[tag] || 0, max, MISTAKES.has(tag)));
    if (skill === 'nvc') section.append(nvcPicture(counts, summary.nvcOrder).firstChild);
    container.append(section);
  }
}
