// The trainer's review page: list transcripts, open one as a timeline with the coach's tags and
// a per-skill picture, and add notes anchored to a turn. The trainer token stays in
// sessionStorage and travels only inside WebSocket frames, never in a URL.
import { Connection, el, statusBanner, tagList, MISTAKES, NVC_STEPS, SKILL_NAMES, TAG_NAMES } from './common.js';

const $ = (id) => document.getElementById(id);
const TOKEN_KEY = 'rehearse.trainer';
let token = sessionStorage.getItem(TOKEN_KEY);
let listings = [];
let current = null;

const connection = new Connection({
  onOpen: () => {
    if (token) requestList();
    if (token && current) connection.send({ type: 'transcript', token, id: current.id });
  },
  onFrame: handle,
  onStatus: statusBanner($('banner')),
});

let refreshing = false;

function requestList() {
  connection.send({ type: 'transcripts', token });
}

function handle(frame) {
  switch (frame.type) {
    case 'transcripts':
      listings = frame.transcripts || [];
      $('token-form').hidden = true;
      $('list-view').hidden = current !== null;
      fillDialogueFilter();
      return renderList();
    case 'transcript':
      // A refresh after a note only renews the download; the page itself already shows the note.
      if (refreshing && current && frame.id === current.id) {
        refreshing = false;
        return offerReport(frame);
      }
      return openTranscript(frame);
    case 'annotated':
      addNote(frame.turn, frame.text);
      if (current) {
        refreshing = true;
        connection.send({ type: 'transcript', token, id: current.id });
      }
      return undefined;
    case 'error': return showError(frame);
    default: return undefined;
  }
}

function showError(frame) {
  $('error').textContent = frame.message || 'Er ging iets mis.';
  $('error').hidden = false;
  if (frame.code === 'bad-token') {
    token = null;
    sessionStorage.removeItem(TOKEN_KEY);
    $('token-form').hidden = false;
    $('list-view').hidden = true;
    $('token').focus();
  }
}

function fillDialogueFilter() {
  const select = $('filter-dialogue');
  const chosen = select.value;
  const ids = [...new Set(listings.map((row) => row.dialogue))].sort();
  select.replaceChildren(el('option', null, 'Alle'));
  select.firstChild.value = '';
  for (const id of ids) {
    const option = el('option', null, id);
    option.value = id;
    select.append(option);
  }
  select.value = ids.includes(chosen) ? chosen : '';
}

function renderList() {
  const list = $('transcripts');
  list.replaceChildren();
  const dialogue = $('filter-dialogue').value;
  const since = $('filter-date').value;
  const learner = $('filter-learner').value.trim().toLowerCase();
  const rows = listings.filter((row) => (!dialogue || row.dialogue === dialogue)
    && (!since || row.started.slice(0, 10) >= since)
    && (!learner || (row.learner || '').toLowerCase().includes(learner)));
  if (rows.length === 0) list.append(el('li', 'muted', 'Geen verslagen gevonden.'));
  for (const row of rows) {
    const item = el('li');
    const button = el('button', 'card');
    button.type = 'button';
    button.dataset.transcript = row.id;
    button.append(el('span', 'card-title', `${row.dialogue} — ${row.learner || 'anoniem'}`));
    button.append(el('span', 'card-summary',
      `${new Date(row.started).toLocaleString('nl-NL')} · ${row.turns} beurten · ${row.ended ? 'afgerond' : 'niet afgerond'}`));
    button.addEventListener('click', () => connection.send({ type: 'transcript', token, id: row.id }));
    item.append(button);
    list.append(item);
  }
}

function openTranscript(frame) {
  const entries = frame.entries || [];
  const header = entries.find((entry) => entry.type === 'header') || {};
  current = { id: frame.id, header };
  $('list-view').hidden = true;
  $('transcript-view').hidden = false;
  $('transcript-title').textContent = header.title || header.dialogue || frame.id;
  $('transcript-meta').textContent = `${header.learner || 'anoniem'} · ${header.at ? new Date(header.at).toLocaleString('nl-NL') : ''}`
    + (frame.tornTail ? ' · de laatste regel was onvolledig (server gestopt tijdens het schrijven)' : '');
  renderPicture(entries);
  renderTimeline(entries, frame.notes || [], frame.questions || []);
  offerReport(frame);
  $('transcript-title').focus();
}

/** Open vs closed questions over time as coloured squares, and the NVC steps reached. */
function renderPicture(entries) {
  const box = $('picture');
  box.replaceChildren();
  const learner = entries.filter((entry) => entry.type === 'learner');
  const dots = el('div', 'dots');
  dots.setAttribute('role', 'img');
  const open = learner.filter((entry) => (entry.tags?.question || []).includes('open')).length;
  const closed = learner.filter((entry) => (entry.tags?.question || []).includes('closed')).length;
  dots.setAttribute('aria-label', `${open} open en ${closed} gesloten vragen, in volgorde`);
  for (const entry of learner) {
    const form = (entry.tags?.question || ['none'])[0];
    const dot = el('span', `dot dot--${form}`);
    dot.title = `${entry.turn}: ${TAG_NAMES[form] || form}`;
    dot.dataset.tag = form;
    dots.append(dot);
  }
  box.append(el('p', 'small', `Vragen per beurt (groen open, oranje gesloten): ${open} open, ${closed} gesloten`), dots);
  const reached = new Set(learner.flatMap((entry) => entry.tags?.nvc || []));
  const steps = el('ol', 'steps');
  for (const step of NVC_STEPS) {
    const item = el('li', 'step' + (reached.has(step) ? ' step--shown' : ''), TAG_NAMES[step]);
    item.dataset.tag = step;
    steps.append(item);
  }
  box.append(el('p', 'small', 'Stappen van Rosenberg'), steps);
  const counts = {};
  for (const entry of learner) {
    for (const skill of ['trust', 'habits']) for (const tag of entry.tags?.[skill] || []) counts[tag] = (counts[tag] || 0) + 1;
  }
  const chips = el('div', 'chips');
  for (const [tag, count] of Object.entries(counts)) {
    chips.append(el('span', 'chip chip--on' + (MISTAKES.has(tag) ? ' chip--mistake' : ''), `${TAG_NAMES[tag] || tag} ${count}`));
  }
  if (chips.childElementCount) box.append(el('p', 'small', 'Vertrouwen en gespreksgewoonten'), chips);
}

/** The server's Markdown report (the same as `rehearse report`), as a download. */
function offerReport(frame) {
  const link = $('report-download');
  if (link.href) URL.revokeObjectURL(link.href);
  if (!frame.report) {
    link.hidden = true;
    return;
  }
  link.href = URL.createObjectURL(new Blob([frame.report], { type: 'text/markdown' }));
  const header = (frame.entries || []).find((entry) => entry.type === 'header') || {};
  link.download = `verslag-${header.dialogue || 'gesprek'}-${(header.at || '').slice(0, 10) || frame.id}.md`;
  link.dataset.notes = String((frame.notes || []).length);
  link.hidden = false;
}

function renderTimeline(entries, notes, questions = []) {
  const asked = new Map(questions.map((question) => [question.id, question.ask]));
  const timeline = $('timeline');
  timeline.replaceChildren();
  const byTurn = new Map();
  for (const note of notes) {
    if (!byTurn.has(note.turn)) byTurn.set(note.turn, []);
    byTurn.get(note.turn).push(note.text);
  }
  for (const entry of entries) {
    if (entry.type === 'learner' || entry.type === 'choice') {
      const item = message('learner', `Deelnemer · beurt ${entry.turn}${entry.type === 'choice' ? ' (keuze)' : ''}`, entry.text);
      if (entry.tags) item.append(tagList(entry.tags));
      item.dataset.turn = entry.turn;
      timeline.append(item);
      const notesBox = el('div', 'notes');
      notesBox.dataset.turn = entry.turn;
      for (const text of byTurn.get(entry.turn) || []) notesBox.append(el('p', 'note', `Notitie: ${text}`));
      timeline.append(notesBox, noteForm(entry.turn));
    } else if (entry.type === 'line') {
      timeline.append(message('persona', entry.by === 'player' ? `${entry.speaker} (gespeeld door een collega)` : entry.speaker, entry.text));
    } else if (entry.type === 'coach') {
      const observer = entry.skill === 'observer';
      timeline.append(message(observer ? 'observer' : 'coach',
        observer ? `Tip van ${entry.by || 'een collega'}` : `Coach · ${SKILL_NAMES[entry.skill] || entry.skill}`, entry.text));
    } else if (entry.type === 'reflection') {
      const item = message('system', 'Terugblik', Object.entries(entry.answers || {})
        .map(([id, text]) => `${asked.get(id) || id}\n${text || '—'}`).join('\n\n'));
      timeline.append(item);
    } else if (entry.type === 'ended') {
      timeline.append(message('system', null, `Afgerond na ${entry.summary?.turns ?? 0} beurten.`));
    }
  }
}

function noteForm(turn) {
  const form = el('form', 'note-form');
  const label = el('label', 'visually-hidden', `Notitie bij beurt ${turn}`);
  const input = el('input');
  input.id = `note-${turn}`;
  label.htmlFor = input.id;
  input.placeholder = 'Notitie bij deze beurt…';
  input.maxLength = 4000;
  const button = el('button', 'secondary', 'Notitie toevoegen');
  button.type = 'submit';
  form.append(label, input, button);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const text = input.value.trim();
    if (!text || !current) return;
    connection.send({ type: 'annotate', token, id: current.id, turn, text });
    input.value = '';
  });
  return form;
}

function addNote(turn, text) {
  const box = document.querySelector(`.notes[data-turn="${Number(turn)}"]`);
  if (box) box.append(el('p', 'note', `Notitie: ${text}`));
}

function message(kind, speaker, text) {
  const item = el('div', `message message--${kind}`);
  item.dataset.role = kind;
  if (speaker) item.append(el('span', 'speaker', speaker));
  item.append(el('p', 'text', text));
  return item;
}

$('token-form').addEventListener('submit', (event) => {
  event.preventDefault();
  token = $('token').value.trim();
  if (!token) return;
  sessionStorage.setItem(TOKEN_KEY, token);
  $('error').hidden = true;
  requestList();
});
for (const id of ['filter-dialogue', 'filter-date', 'filter-learner']) $(id).addEventListener('input', renderList);
$('back').addEventListener('click', () => {
  current = null;
  $('transcript-view').hidden = true;
  $('list-view').hidden = false;
  requestList();
});
if (token) $('token-form').hidden = true;
