/*
 * Reads the lists wanted out of a large JSON file as it streams in, without building the whole document. A
 * TikTok export's one JSON file holds the owner's whole history, and an Instagram list of 500,000 followers
 * is about 100 MB of text: parsed whole, it would take several times that in memory. Here the text is
 * scanned once for its structure (brackets, strings and keys), and only the elements of the arrays asked
 * for, each a small object, are copied out and parsed with JSON.parse, so each is checked strictly.
 *
 * An array is named by the keys that lead to it from the top, joined with `/`: "" for a file that is one
 * array, "Activity/Follower List/FansList" for TikTok's followers. Arrays inside arrays are not looked for.
 * A small file (most are: Instagram writes 10,000 followers to a file) is parsed whole instead, which is
 * faster and gives the same elements.
 */

export interface JsonListLimits {
  /** Longest single element copied out: a follower entry is a few hundred characters. */
  maxElementChars: number;
  /** Deepest nesting followed. */
  maxDepth: number;
  /**
   * A file up to this many characters is parsed whole, which is about twice as fast as scanning it; a
   * larger one is scanned. Instagram's files of 10,000 followers are about 2.4 million characters.
   */
  wholeChars: number;
}

export const JSON_LIST_LIMITS: JsonListLimits = {
  maxElementChars: 64 * 1024,
  maxDepth: 64,
  wholeChars: 16 * 1024 * 1024,
};

export class JsonListError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'JsonListError';
  }
}

export interface JsonListReader {
  /** Reads the next piece of the text. Throws JsonListError when the text is not JSON. */
  push(text: string): void;
  /** Call after the last piece: throws when the text ended before the JSON did. */
  finish(): void;
  /** The wanted paths at which an array was found, empty or not: no path found means no list. */
  readonly found: ReadonlySet<string>;
  /** The wanted paths that hold something other than an array or null, and what, to say what is wrong. */
  readonly notLists: ReadonlyMap<string, NotAList>;
}

/** What a file holds where a list belongs: text (with its length), an object, or one number or true/false. */
export type NotAList = { kind: 'text'; length: number } | { kind: 'object' } | { kind: 'value' };

// Keys longer than this are not compared with the wanted paths (no wanted key is so long).
const MAX_KEY = 200;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const COMMA = 0x2c;
const COLON = 0x3a;

const isSpace = (code: number) => code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;

/**
 * `onElement(value, list)` is called for every element of every wanted array, in order, with the array's
 * path. Values are whatever JSON.parse gives; the caller checks their shape.
 */
function createStreamingReader(
  wanted: ReadonlySet<string>,
  onElement: (value: unknown, list: string) => void,
  limits: JsonListLimits,
): JsonListReader {
  const found = new Set<string>();
  const notLists = new Map<string, NotAList>();
  // The last key of each wanted path: only a value under one of them can stand where a list belongs.
  const lastKeys = new Set([...wanted].map((path) => path.slice(path.lastIndexOf('/') + 1)));
  // A value of an object is next (after its colon), and, when it is text at a wanted path, that path and
  // where the text started, counted from the start of the file.
  let valueNext = false;
  let textAt: { path: string; start: number } | undefined;
  let before = 0;
  // One entry per open container: true for an array.
  const isArray: boolean[] = [];
  // For objects, the key being read or last read; for arrays, unused.
  const keys: string[] = [];
  let expectKey = false;
  let inString = false;
  let escaped = false;
  let stringIsKey = false;
  let keepKey = false;
  let key = '';
  let started = false;
  let ended = false;
  // The wanted array being read: its depth (stack length inside it) and path, or -1.
  let listDepth = -1;
  let listPath = '';
  // The element being copied: whether one is, its text from earlier pieces, and where it starts in this one.
  let copying = false;
  let pending = '';
  let elementStart = 0;

  const fail = (what: string): never => {
    throw new JsonListError(what);
  };

  function pathHere(): string {
    const parts: string[] = [];
    for (let level = 0; level < keys.length; level++) {
      if (isArray[level]) return '\0';
      parts.push(keys[level]!);
    }
    return parts.join('/');
  }

  function endElement(text: string, end: number): void {
    if (pending.length + end - elementStart > limits.maxElementChars)
      fail('an entry in a list is far too long');
    const body = (pending + text.slice(elementStart, end)).trim();
    pending = '';
    copying = false;
    if (body === '') fail('an empty entry in a list');
    let value: unknown;
    try {
      value = JSON.parse(body);
    } catch {
      fail('an entry in a list is not valid JSON');
    }
    onElement(value, listPath);
  }

  function push(text: string): void {
    const length = text.length;
    let i = 0;
    elementStart = 0;
    while (i < length) {
      const code = text.charCodeAt(i);
      if (inString) {
        if (escaped) {
          escaped = false;
          if (keepKey && key.length < MAX_KEY) key += text[i];
          i++;
          continue;
        }
        // Jump to the next quote or backslash.
        let next = i;
        while (next < length) {
          const c = text.charCodeAt(next);
          if (c === QUOTE || c === BACKSLASH) break;
          next++;
        }
        if (keepKey && key.length < MAX_KEY) key += text.slice(i, Math.min(next, i + MAX_KEY));
        if (next === length) {
          i = length;
          break;
        }
        if (text.charCodeAt(next) === BACKSLASH) {
          escaped = true;
          if (keepKey && key.length < MAX_KEY) key += '\\';
          i = next + 1;
          continue;
        }
        inString = false;
        if (textAt) {
          notLists.set(textAt.path, { kind: 'text', length: before + next - textAt.start });
          textAt = undefined;
        }
        if (stringIsKey) expectKey = false;
        if (keepKey) keys[keys.length - 1] = key.length > MAX_KEY ? '\0' : unescapeKey(key);
        i = next + 1;
        continue;
      }
      if (isSpace(code)) {
        i++;
        continue;
      }
      if (ended) fail('text after the end of the JSON');
      if (!started) {
        if (code !== OPEN_OBJECT && code !== OPEN_ARRAY) fail('it does not start like a JSON file');
        started = true;
      }
      const depth = isArray.length;
      if (valueNext) {
        valueNext = false;
        // What stands where a wanted list belongs, when it is no array: null is TikTok's empty list.
        if (
          listDepth === -1 &&
          code !== OPEN_ARRAY &&
          lastKeys.has(keys[depth - 1]!) &&
          wanted.has(pathHere())
        ) {
          const path = pathHere();
          if (code === 0x6e) found.add(path);
          else if (code === QUOTE) textAt = { path, start: before + i + 1 };
          else notLists.set(path, { kind: code === OPEN_OBJECT ? 'object' : 'value' });
        }
      }
      // An element of the wanted list starts at its first non-space character.
      if (depth === listDepth && !copying && code !== COMMA && code !== CLOSE_ARRAY) {
        copying = true;
        elementStart = i;
      }
      switch (code) {
        case QUOTE:
          inString = true;
          stringIsKey = expectKey && depth > 0 && !isArray[depth - 1];
          // Keys matter only on the way to a list; inside one, JSON.parse reads them.
          keepKey = stringIsKey && listDepth === -1;
          key = '';
          break;
        case OPEN_OBJECT:
        case OPEN_ARRAY: {
          if (depth >= limits.maxDepth) fail('it is nested too deeply');
          if (expectKey) fail('a value where a name was expected');
          const array = code === OPEN_ARRAY;
          if (array && listDepth === -1 && wanted.has(pathHere())) {
            listDepth = depth + 1;
            listPath = pathHere();
            found.add(listPath);
          }
          isArray.push(array);
          keys.push('');
          expectKey = !array;
          break;
        }
        case CLOSE_OBJECT:
        case CLOSE_ARRAY: {
          const array = code === CLOSE_ARRAY;
          if (depth === 0 || isArray[depth - 1] !== array) fail('its brackets do not match');
          if (depth === listDepth) {
            if (copying) endElement(text, i);
            listDepth = -1;
          }
          isArray.pop();
          keys.pop();
          expectKey = false;
          if (isArray.length === 0) ended = true;
          break;
        }
        case COMMA:
          if (depth === 0) fail('a comma outside any list');
          if (depth === listDepth) {
            if (!copying) fail('an empty entry in a list');
            endElement(text, i);
          }
          expectKey = !isArray[depth - 1];
          break;
        case COLON:
          if (depth === 0 || isArray[depth - 1]) fail('a colon outside an object');
          valueNext = true;
          break;
        default:
          if (expectKey) fail('a value where a name was expected');
      }
      i++;
    }
    if (copying) {
      pending += text.slice(elementStart);
      if (pending.length > limits.maxElementChars) fail('an entry in a list is far too long');
    }
    before += length;
  }

  return {
    push,
    finish() {
      if (!started) fail('the file is empty');
      if (inString || !ended) fail('the file ends before its JSON does');
    },
    found,
    notLists,
  };
}

function unescapeKey(raw: string): string {
  if (!raw.includes('\\')) return raw;
  try {
    return JSON.parse(`"${raw}"`) as string;
  } catch {
    return '\0';
  }
}

/** The elements of the wanted arrays in a value parsed whole, in the order the keys lead to them. */
function listsIn(
  root: unknown,
  wanted: ReadonlySet<string>,
  onElement: (value: unknown, list: string) => void,
  found: Set<string>,
  notLists: Map<string, NotAList>,
): void {
  for (const path of wanted) {
    let value: unknown = root;
    for (const key of path === '' ? [] : path.split('/')) {
      value =
        typeof value === 'object' && value !== null && !Array.isArray(value) && Object.hasOwn(value, key)
          ? (value as Record<string, unknown>)[key]
          : undefined;
    }
    // A null where a list belongs is how TikTok writes an empty one.
    if (value === null) found.add(path);
    else if (typeof value === 'string') notLists.set(path, { kind: 'text', length: value.length });
    else if (typeof value === 'object' && !Array.isArray(value) && path !== '')
      notLists.set(path, { kind: 'object' });
    else if (value !== undefined && !Array.isArray(value) && path !== '')
      notLists.set(path, { kind: 'value' });
    if (!Array.isArray(value)) continue;
    found.add(path);
    for (const element of value) onElement(element, path);
  }
}

/**
 * `onElement(value, list)` is called for every element of every wanted array, in order, with the array's
 * path. Values are whatever JSON.parse gives; the caller checks their shape.
 */
export function createJsonListReader(
  wanted: ReadonlySet<string>,
  onElement: (value: unknown, list: string) => void,
  limits: JsonListLimits = JSON_LIST_LIMITS,
): JsonListReader {
  const found = new Set<string>();
  const notLists = new Map<string, NotAList>();
  let pieces: string[] | undefined = [];
  let held = 0;
  let streaming: JsonListReader | undefined;
  return {
    push(text) {
      if (streaming) {
        streaming.push(text);
        return;
      }
      pieces!.push(text);
      held += text.length;
      if (held <= limits.wholeChars) return;
      // Too large to parse whole: scan what is held, and the rest as it comes.
      streaming = createStreamingReader(wanted, onElement, limits);
      for (const piece of pieces!) streaming.push(piece);
      pieces = undefined;
    },
    finish() {
      if (streaming) {
        streaming.finish();
        return;
      }
      const text = pieces!.join('');
      pieces = undefined;
      if (text.trim() === '') throw new JsonListError('the file is empty');
      const first = text.trimStart()[0];
      if (first !== '{' && first !== '[') throw new JsonListError('it does not start like a JSON file');
      let root: unknown;
      try {
        root = JSON.parse(text);
      } catch {
        // Scanned again for its structure, to say what is wrong: cut short, or where it breaks.
        const scan = createStreamingReader(new Set(), () => {}, limits);
        scan.push(text);
        scan.finish();
        throw new JsonListError('it is not valid JSON');
      }
      listsIn(root, wanted, onElement, found, notLists);
    },
    get found() {
      return streaming?.found ?? found;
    },
    get notLists() {
      return streaming?.notLists ?? notLists;
    },
  };
}
