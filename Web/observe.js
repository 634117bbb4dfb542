// The observer's page: join a live rehearsal with its code, follow it with the coach's tags,
// send tips, or speak for the persona (the trio exercise).
import { Connection, el, statusBanner, tagList, MISTAKES, SKILL_NAMES } from './common.js';

const $ = (id) => document.getElementById(id);
let joined = null;
let playing = false;

/**
 * Once a code is entered, every (re)connect names the code's first character in the URL
 * (`/ws?join=A`): behind a proxy with several servers, a code starts with its server's letter and
 * the proxy routes by it (docs/deployment.md). Only that letter: the code is a secret and URLs end
 * up in access logs. The server itself ignores the query.
 */
class ObserverConnection extends Connection {
  get url() {
    const mark = joined ? joined.code.trim().charAt(0) : '';
    return mark ? `${super.url}?join=${encodeURIComponent(mark)}` : super.url;
  }
}

const connection = new ObserverConnection({
  onOpen: () => {
    if (joined) observe(joined.code, joined.name);
  },
  onFrame: handle,
  onStatus: statusBanner($('banner')),
});

function observe(code, name) {
  connection.send({ type: 'observe', join: code, token: code, name: name || undefined });
}

function handle(frame) {
  switch (frame.type) {
    case 'observing': return observing(frame);
    case 'mirror': return mirrored(frame.frame || {});
    case 'playing':
      playing = true;
      $('play-form').hidden = false;
      $('play-text').focus();
      return undefined;
    case 'error': return showError(frame);
    default: return undefined;
  }
}

function observing(frame) {
  clearError();
  const dialogue = frame.dialogue || {};
  $('watch-title').textContent = dialogue.title || '';
  const persona = dialogue.persona || {};
  $('watch-persona').textContent = `Je collega praat met ${persona.name || 'de persona'}${persona.role ? `, ${persona.role}` : ''}.`;
  $('play-persona').textContent = persona.name || 'de persona';
  $('watch-situation').textContent = dialogue.situation || '';
  $('watch-situation').hidden = !dialogue.situation;
  $('log').replaceChildren();
  for (const entry of frame.turns || []) entryMessage(entry);
  $('join-view').hidden = true;
  $('watch-view').hidden = false;
  $('tip-text').focus();
}

/** Frames the learner received, and the learner's own tagged lines, as they happen. */
function mirrored(frame) {
  switch (frame.type) {
    case 'learner':
    case 'choice':
      return entryMessage(frame);
    case 'line':
      return message('persona', frame.speaker, frame.text);
    case 'coach':
      return entryMessage(frame);
    case 'player':
      return message('system', null, frame.event === 'joined'
        ? `${frame.name || 'Een collega'} speelt nu de persona.` : `${frame.name || 'De collega'} speelt de persona niet meer.`);
    case 'ended':
      message('system', null, 'Het gesprek is afgerond.');
      $('tip-form').hidden = true;
      $('play-form').hidden = true;
      return undefined;
    default:
      return undefined;
  }
}

function entryMessage(entry) {
  if (entry.type === 'learner') {
    const item = message('learner', 'Je collega', entry.text);
    item.append(tagList(entry.tags));
  } else if (entry.type === 'choice') {
    message('learner', 'Je collega (keuze)', entry.text);
  } else if (entry.type === 'line') {
    message('persona', entry.speaker, entry.text);
  } else if (entry.type === 'coach') {
    const observer = entry.skill === 'observer';
    const item = message(observer ? 'observer' : 'coach',
      observer ? `Tip van ${entry.by || 'een collega'}` : `Coach · ${SKILL_NAMES[entry.skill] || entry.skill}`, entry.text);
    if (!observer && !(entry.tags || []).some((tag) => MISTAKES.has(tag))) item.classList.add('message--praise');
  } else if (entry.type === 'ended') {
    message('system', null, 'Het gesprek is afgerond.');
  }
}

function message(kind, speaker, text) {
  const item = el('div', `message message--${kind}`);
  item.dataset.role = kind;
  if (speaker) item.append(el('span', 'speaker', speaker));
  item.append(el('p', 'text', text));
  const log = $('log');
  log.append(item);
  log.scrollTop = log.scrollHeight;
  return item;
}

function showError(frame) {
  const box = $('error');
  box.textContent = frame.code === 'bad-token'
    ? 'Deze code klopt niet of het gesprek is al afgelopen.'
    : (frame.message || 'Er ging iets mis.');
  box.hidden = false;
  if (frame.code === 'bad-token' && !joined) $('code').focus();
}

function clearError() {
  $('error').hidden = true;
}

$('join-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const code = $('code').value.trim();
  const name = $('name').value.trim();
  if (!code) return;
  joined = { code, name };
  // A fresh connection that names the code in its URL; it observes as soon as it opens.
  connection.reconnectNow();
});

$('tip-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const text = $('tip-text').value.trim();
  if (!text) return;
  connection.send({ type: 'tip', text });
  $('tip-text').value = '';
});
$('tip-text').addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
    event.preventDefault();
    $('tip-form').requestSubmit();
  }
});

$('play-toggle').addEventListener('change', (event) => {
  if (event.target.checked) {
    connection.send({ type: 'play', join: joined.code });
  } else {
    playing = false;
    $('play-form').hidden = true;
    observe(joined.code, joined.name);
  }
});

$('play-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const text = $('play-text').value.trim();
  if (!text || !playing) return;
  connection.send({ type: 'say', text });
  $('play-text').value = '';
});
$('play-text').addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
    event.preventDefault();
    $('play-form').requestSubmit();
  }
});
