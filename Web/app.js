// The learner's page: choose a rehearsal, talk with the persona, see the coach, end and reflect.
// Survives dropped connections: the session id and resume token live in sessionStorage and the
// chat is rebuilt from the server's record on resume, so nothing is lost or shown twice.
import { Connection, el, statusBanner, tagList, MISTAKES, SKILL_NAMES, TAG_NAMES } from './common.js';
import { renderProgress, renderSummary } from './progress.js';

const $ = (id) => document.getElementById(id);
const STORAGE_KEY = 'rehearse.session';
const preview = new URLSearchParams(location.search).has('preview');

let session = JSON.parse(sessionStorage.getItem(STORAGE_KEY) || 'null');
let waiting = false;
let pendingText = null;
let lastLearnerMessage = null;
let record = [];
let skills = [];

/**
 * While a session is kept, every (re)connect names it in the URL (`/ws?session=<id>`): a proxy in
 * front of several servers routes the resume to the server that holds it (docs/deployment.md).
 * A lone server ignores the query.
 */
class LearnerConnection extends Connection {
  get url() {
    return session ? `${super.url}?session=${encodeURIComponent(session.id)}` : super.url;
  }
}

const connection = new LearnerConnection({
  onOpen: () => {
    if (session) connection.send({ type: 'resume', session: session.id, token: session.token });
    else connection.send({ type: 'list' });
  },
  onFrame: handle,
  onStatus: (state, seconds) => {
    statusBanner($('banner'))(state, seconds);
    if (state !== 'open') setWaiting(true);
  },
});

// MARK: - Frames

function handle(frame) {
  switch (frame.type) {
    case 'dialogues': return showDialogues(frame.dialogues || []);
    case 'started': return started(frame);
    case 'line': return addLine(frame.speaker, frame.text, 'persona');
    case 'coach': return addCoach(frame);
    case 'your-turn': return yourTurn(frame);
    case 'ended': return ended(frame.summary || {});
    case 'reflected': $('reflected').hidden = false; return;
    case 'player': return addSystem(frame.event === 'joined'
      ? `${frame.name || 'Een collega'} speelt nu de persona.`
      : `${frame.name || 'De collega'} speelt de persona niet meer; het script neemt het weer over.`);
    case 'error': return showError(frame);
    default: return undefined;
  }
}

function showDialogues(dialogues) {
  const list = $('dialogues');
  list.replaceChildren();
  if (dialogues.length === 0) list.append(el('li', 'muted', 'Er zijn nog geen oefengesprekken.'));
  for (const dialogue of dialogues) {
    const item = el('li');
    const card = el('button', 'card');
    card.type = 'button';
    card.dataset.dialogue = dialogue.id;
    card.append(el('span', 'card-title', dialogue.title));
    card.append(el('span', 'card-summary', dialogue.summary));
    const labels = el('span', 'labels');
    for (const skill of dialogue.skills || []) labels.append(el('span', `label label--${skill}`, SKILL_NAMES[skill] || skill));
    card.append(labels);
    card.addEventListener('click', () => start(dialogue.id));
    item.append(card);
    list.append(item);
  }
  show('choose');
}

function start(id) {
  clearError();
  const frame = { type: 'start', dialogue: id };
  const alias = $('alias').value.trim();
  if (alias) frame.learner = alias;
  if (preview) frame.preview = true;
  setWaiting(true);
  connection.send(frame);
}

function started(frame) {
  const dialogue = frame.dialogue || {};
  session = { id: frame.session, token: frame.token, join: frame.join, dialogue: dialogue.id, title: dialogue.title,
    persona: dialogue.persona || {}, situation: dialogue.situation, skills: dialogue.skills || [] };
  sessionStorage.setItem(STORAGE_KEY, JSON.stringify(session));
  skills = session.skills;
  $('dialogue-title').textContent = dialogue.title || '';
  const persona = dialogue.persona || {};
  $('persona').textContent = persona.role ? `Je praat met ${persona.name}, ${persona.role}.` : `Je praat met ${persona.name}.`;
  $('situation').textContent = dialogue.situation || '';
  $('situation').hidden = !dialogue.situation;
  const join = $('join');
  join.replaceChildren();
  if (frame.join) {
    join.append('Collega\'s kunnen meekijken met code ', el('strong', 'code', frame.join), ' via ');
    const link = el('a', null, 'meekijken');
    link.href = 'observe.html';
    link.target = '_blank';
    link.rel = 'noopener';
    join.append(link, '.');
    join.hidden = false;
  } else {
    join.hidden = true;
  }
  $('preview').hidden = !preview;
  $('log').replaceChildren();
  record = [];
  lastLearnerMessage = null;
  if (frame.resumed) replay(frame.turns || []);
  show('rehearse');
}

/** Rebuilds the chat from the server's record after a reconnect. */
function replay(turns) {
  for (const entry of turns) {
    if (entry.type === 'learner') addLearner(entry.text, entry.tags);
    else if (entry.type === 'choice') addLearner(entry.text, null, true);
    else if (entry.type === 'line') addLine(entry.speaker, entry.text, 'persona');
    else if (entry.type === 'coach') addCoach(entry);
  }
  const answered = turns.some((entry) => entry.type === 'learner' && entry.text === pendingText);
  if (pendingText && !answered && !$('composer-text').value) $('composer-text').value = pendingText;
  pendingText = null;
}

function yourTurn(frame) {
  if (lastLearnerMessage && frame.analysis) attachTags(lastLearnerMessage, frame.analysis);
  pendingText = null;
  renderOptions(frame.options || []);
  renderProgress($('progress-body'), frame.progress);
  if (frame.state) renderState(frame.state);
  setWaiting(false);
  $('composer-text').focus();
}

function ended(summary) {
  pendingText = null;
  setWaiting(false);
  renderSummary($('summary'), summary);
  const questions = $('reflection-questions');
  questions.replaceChildren();
  for (const question of summary.reflection || []) {
    const field = el('div', 'field');
    const label = el('label', null, question.ask);
    label.htmlFor = `reflect-${question.id}`;
    const input = el('textarea');
    input.id = `reflect-${question.id}`;
    input.name = question.id;
    input.rows = 3;
    field.append(label, input);
    questions.append(field);
  }
  $('reflection').hidden = (summary.reflection || []).length === 0;
  $('reflected').hidden = true;
  record.push({ type: 'summary', summary });
  prepareDownload();
  show('end');
  $('end-title').focus();
}

function showError(frame) {
  const box = $('error');
  box.textContent = frame.message || 'Er ging iets mis.';
  box.hidden = false;
  if (frame.code === 'bad-token' || frame.code === 'no-session') {
    if (session) {
      session = null;
      sessionStorage.removeItem(STORAGE_KEY);
      connection.send({ type: 'list' });
    }
  }
  if (waiting) {
    if (pendingText && !$('composer-text').value) $('composer-text').value = pendingText;
    if (lastLearnerMessage && lastLearnerMessage.dataset.pending === 'true') {
      lastLearnerMessage.remove();
      record.pop();
      lastLearnerMessage = null;
    }
    pendingText = null;
    setWaiting(false);
  }
}

// MARK: - Chat

function message(kind, speaker, text) {
  const item = el('div', `message message--${kind}`);
  item.dataset.role = kind;
  if (speaker) item.append(el('span', 'speaker', speaker));
  item.append(el('p', 'text', text));
  const log = $('log');
  log.append(item);
  // Scroll the conversation, not the page, so the header and the panel stay in view.
  log.scrollTop = log.scrollHeight;
  return item;
}

function addLine(speaker, text) {
  record.push({ type: 'line', speaker, text });
  return message('persona', speaker, text);
}

function addLearner(text, tags, chosen) {
  record.push({ type: 'learner', text, tags: tags || null, chosen: !!chosen });
  const item = message('learner', 'Jij', text);
  if (tags) attachTags(item, tags);
  lastLearnerMessage = item;
  return item;
}

function attachTags(item, tags) {
  item.dataset.pending = 'false';
  item.querySelector('.tags')?.remove();
  item.append(tagList(tags));
  const entry = [...record].reverse().find((candidate) => candidate.type === 'learner');
  if (entry && !entry.tags) entry.tags = tags;
}

function addCoach(frame) {
  const observer = frame.skill === 'observer';
  record.push({ type: 'coach', skill: frame.skill, tags: frame.tags, text: frame.text, by: frame.by });
  const title = observer ? `Tip van ${frame.by || 'een collega'}` : `Coach · ${SKILL_NAMES[frame.skill] || frame.skill}`;
  const item = message(observer ? 'observer' : 'coach', title, frame.text);
  item.setAttribute('role', 'note');
  if (!observer && !(frame.tags || []).some((tag) => MISTAKES.has(tag))) item.classList.add('message--praise');
  if (!observer && frame.tags && frame.tags.length) {
    item.append(tagList({ [frame.skill]: frame.tags }));
  }
}

function addSystem(text) {
  return message('system', null, text);
}

function renderOptions(options) {
  const box = $('options');
  box.replaceChildren();
  box.hidden = options.length === 0;
  for (const option of options) {
    const button = el('button', 'option', option.text);
    button.type = 'button';
    button.dataset.option = option.id;
    button.addEventListener('click', () => choose(option));
    box.append(button);
  }
}

function renderState(state) {
  const list = $('preview-state');
  list.replaceChildren(el('dt', null, 'Staat'), el('dd', 'state-name', state.name));
  for (const [name, value] of Object.entries(state.variables || {})) {
    list.append(el('dt', null, name), el('dd', null, String(value)));
  }
}

// MARK: - Input

function say() {
  const area = $('composer-text');
  const text = area.value.trim();
  if (!text || waiting) return;
  clearError();
  area.value = '';
  pendingText = text;
  const item = addLearner(text, null);
  item.dataset.pending = 'true';
  setWaiting(true);
  connection.send({ type: 'say', text });
}

function choose(option) {
  if (waiting) return;
  clearError();
  addLearner(option.text, null, true).dataset.pending = 'true';
  setWaiting(true);
  connection.send({ type: 'choose', option: option.id });
}

function setWaiting(value) {
  waiting = value;
  $('send').disabled = value;
  $('composer-text').setAttribute('aria-busy', String(value));
  for (const button of $('options').querySelectorAll('button')) button.disabled = value;
}

function clearError() {
  $('error').hidden = true;
  $('error').textContent = '';
}

function show(view) {
  for (const id of ['choose', 'rehearse', 'end']) $(id).hidden = id !== view;
  if (view === 'rehearse') $('composer-text').focus();
}

// MARK: - Download

function prepareDownload() {
  const lines = [`# ${session?.title || 'Oefengesprek'}`, '', `Gesprek met ${session?.persona?.name || 'de persona'} · ${new Date().toLocaleString('nl-NL')}`, ''];
  for (const entry of record) {
    if (entry.type === 'line') lines.push(`**${entry.speaker}:** ${entry.text}`, '');
    if (entry.type === 'learner') {
      const tags = Object.values(entry.tags || {}).flat().filter((tag) => tag !== 'none').map((tag) => TAG_NAMES[tag] || tag);
      lines.push(`**Jij${entry.chosen ? ' (keuze)' : ''}:** ${entry.text}${tags.length ? `  _(${tags.join(', ')})_` : ''}`, '');
    }
    if (entry.type === 'coach') lines.push(`> ${entry.skill === 'observer' ? `Tip van ${entry.by || 'een collega'}` : 'Coach'}: ${entry.text}`, '');
    if (entry.type === 'summary') {
      lines.push('## Samenvatting', '', `Beurten: ${entry.summary.turns || 0}`, '');
      for (const skill of entry.summary.practised || []) {
        const counts = (entry.summary.skills || {})[skill] || {};
        const shown = Object.entries(counts).filter(([, count]) => count > 0).map(([tag, count]) => `${TAG_NAMES[tag] || tag}: ${count}`);
        lines.push(`- **${SKILL_NAMES[skill] || skill}:** ${shown.join(', ') || '—'}`);
      }
      lines.push('');
    }
    if (entry.type === 'reflection') {
      lines.push('## Terugblik', '');
      for (const [question, answer] of entry.answers) lines.push(`**${question}**`, '', answer || '—', '');
    }
  }
  const link = $('download');
  if (link.href) URL.revokeObjectURL(link.href);
  link.href = URL.createObjectURL(new Blob([lines.join('\n')], { type: 'text/markdown' }));
  link.download = `oefengesprek-${session?.dialogue || 'gesprek'}-${new Date().toISOString().slice(0, 10)}.md`;
}

// MARK: - Wiring

$('composer').addEventListener('submit', (event) => {
  event.preventDefault();
  say();
});
$('composer-text').addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
    event.preventDefault();
    say();
  }
});
$('finish').addEventListener('click', () => {
  if (waiting) return;
  setWaiting(true);
  connection.send({ type: 'end' });
});
$('reflection').addEventListener('submit', (event) => {
  event.preventDefault();
  const answers = {};
  const asked = [];
  for (const input of $('reflection-questions').querySelectorAll('textarea')) {
    answers[input.name] = input.value.trim();
    asked.push([input.labels[0]?.textContent || input.name, input.value.trim()]);
  }
  record = record.filter((entry) => entry.type !== 'reflection');
  record.push({ type: 'reflection', answers: asked });
  prepareDownload();
  connection.send({ type: 'reflect', answers });
});
$('again').addEventListener('click', () => {
  session = null;
  sessionStorage.removeItem(STORAGE_KEY);
  connection.send({ type: 'list' });
});
$('restart').addEventListener('click', () => {
  if (session) start(session.dialogue);
});
