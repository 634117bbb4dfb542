// Shared by the learner, observer and review pages: the WebSocket connection with
// reconnect and back-off, the Dutch names of skills and tags, and small DOM helpers.

export const SKILL_NAMES = {
  question: 'Open vragen',
  nvc: 'Geweldloze communicatie',
  trust: 'Vertrouwen herstellen',
  habits: 'Goed gesprek',
  observer: 'Tip van een collega',
};

export const TAG_NAMES = {
  open: 'open vraag', closed: 'gesloten vraag', none: 'geen vraag',
  observation: 'waarneming', evaluation: 'oordeel', feeling: 'gevoel', pseudo_feeling: 'pseudo-gevoel',
  need: 'behoefte', request: 'verzoek', demand: 'eis',
  acknowledge: 'erkennen', apology: 'excuses', explain: 'uitleg', commit: 'toezegging',
  ask_need: 'vraagt naar behoefte', blame: 'schuld elders', defend: 'verdedigen', minimize: 'bagatelliseren',
  admit_unknown: 'zegt niet te weten', compare_experience: 'vergelijkt ervaring', reflect: 'geeft terug',
  yes_but: 'ja, maar', advice: 'ongevraagd advies',
};

/** Tags that are a mistake in their skill (shown in a warning colour). */
export const MISTAKES = new Set(['closed', 'evaluation', 'pseudo_feeling', 'demand', 'blame', 'defend', 'minimize',
  'compare_experience', 'yes_but', 'advice']);

export const NVC_STEPS = ['observation', 'feeling', 'need', 'request'];

/** Creates an element with a class and text (never innerHTML: everything shown is data). */
export function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = text;
  return node;
}

/** The tags of a learner line as small labels. */
export function tagList(tags) {
  const list = el('span', 'tags');
  for (const [skill, names] of Object.entries(tags || {})) {
    for (const name of names || []) {
      if (skill === 'question' && name === 'none') continue;
      const chip = el('span', 'tag' + (MISTAKES.has(name) ? ' tag--mistake' : ' tag--good'), TAG_NAMES[name] || name);
      chip.dataset.tag = name;
      list.append(chip);
    }
  }
  return list;
}

/**
 * A WebSocket to /ws that reconnects with exponential back-off (1 s, 2 s, 4 s … 15 s).
 * `onOpen(isReconnect)` runs after every (re)connect, `onFrame(frame)` for every JSON frame,
 * `onStatus('open' | 'closed' | 'connecting', secondsUntilRetry)` for the banner.
 */
export class Connection {
  constructor({ onOpen, onFrame, onStatus }) {
    this.onOpen = onOpen;
    this.onFrame = onFrame;
    this.onStatus = onStatus || (() => {});
    this.delay = 1000;
    this.opened = false;
    this.queue = [];
    this.connect();
  }

  get url() {
    const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
    return `${scheme}//${location.host}/ws`;
  }

  connect() {
    this.onStatus('connecting');
    const socket = new WebSocket(this.url, 'rehearse.v1');
    this.socket = socket;
    socket.addEventListener('open', () => {
      const reconnect = this.opened;
      this.opened = true;
      this.delay = 1000;
      this.onStatus('open');
      this.onOpen(reconnect);
      for (const frame of this.queue.splice(0)) this.send(frame);
    });
    socket.addEventListener('message', (event) => {
      let frame;
      try { frame = JSON.parse(event.data); } catch { return; }
      this.onFrame(frame);
    });
    socket.addEventListener('close', () => {
      if (this.socket !== socket) return;
      const wait = this.delay;
      this.delay = Math.min(this.delay * 2, 15000);
      this.onStatus('closed', Math.round(wait / 1000));
      setTimeout(() => this.connect(), wait);
    });
  }

  /** Connects again at once, e.g. because `url` now names what a proxy routes by. */
  reconnectNow() {
    const previous = this.socket;
    this.delay = 1000;
    this.connect();
    if (previous) previous.close();
  }

  get isOpen() {
    return this.socket && this.socket.readyState === WebSocket.OPEN;
  }

  send(frame) {
    if (this.isOpen) {
      this.socket.send(JSON.stringify(frame));
      return true;
    }
    this.queue.push(frame);
    return false;
  }
}

/** Shows the connection state in a banner (role=status) only when something is wrong. */
export function statusBanner(node) {
  return (state, seconds) => {
    if (state === 'open') {
      node.hidden = true;
      node.textContent = '';
    } else if (state === 'closed') {
      node.hidden = false;
      node.textContent = `Verbinding verbroken — opnieuw verbinden over ${seconds} s…`;
    } else if (node.textContent === '') {
      node.hidden = true;
    }
  };
}
