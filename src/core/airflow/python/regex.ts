/**
 * Python `re` patterns (CPython 3.11 `re._parser` / `re._compiler`
 * semantics, str patterns) evaluated with JavaScript regular expressions.
 *
 * The pattern is parsed exactly as Python parses it, so every pattern Python
 * rejects raises a `PyError('re.error', ...)` with Python's message and
 * position. The parse tree is then translated to an equivalent JavaScript
 * `u`-mode RegExp (plus `i` for IGNORECASE). `.`, `^`, `$`, `\b`, `\w`,
 * `\d` and `\s` are spelled out so that Python's definitions apply, and the
 * case-insensitive differences found by comparing every code point with
 * CPython are handled: Python treats I, i, U+0130 and U+0131 as one case
 * class, and a set range reaching past U+FFFF also accepts a few characters
 * through their full upper-case mapping (see RANGE_UPPER_QUIRK).
 *
 * Constructs without a faithful translation raise `PyRegexUnsupportedError`
 * instead of a guess: possessive quantifiers, atomic groups, conditionals,
 * `\N{...}`, scoped flags that change IGNORECASE, ASCII-only case folding,
 * case-insensitive backreferences, backreferences to groups that may not
 * take part in the match (JavaScript matches those as empty, Python fails),
 * and case-insensitive sets holding an upper-case character beyond U+FFFF
 * (CPython fixed its handling in gh-126505, so versions disagree).
 *
 * Known, documented residual differences (not detectable from the pattern):
 * - Unicode version: `\w`, `\d`, `\b` and case folding follow the Unicode
 *   database of the JavaScript engine, which may be newer than Python's
 *   (Python 3.11 uses Unicode 14); only characters unassigned in the older
 *   version differ.
 * - With IGNORECASE, JavaScript folds U+0345 COMBINING GREEK YPOGEGRAMMENI to
 *   a Greek iota, so `\w` (and `\b`) treat U+0345 as a word character where
 *   Python does not.
 */
import { PyError } from './errors.js'

/** A Python pattern compiled for JavaScript. */
export interface PyRegex {
  /** The Python pattern as given. */
  readonly source: string
  /** The translation, unanchored (Python `re.search` semantics). */
  readonly js: RegExp
  /**
   * True when the translation cannot backtrack catastrophically (no
   * backreference, at most one quantifier, over a single character), so
   * `match`/`fullmatch` run in linear time on the calling thread.
   */
  readonly linear: boolean
  /**
   * Python `re.match`: a match starting at the beginning of `s`. With an
   * `engine`, a pattern that is not `linear` is evaluated by it (within its
   * budget); `PyRegexBudgetError` when it could not decide in time.
   */
  match(s: string, engine?: RegexEngine): boolean
  /** Python `re.fullmatch`: a match spanning all of `s` (see `match`). */
  fullmatch(s: string, engine?: RegexEngine): boolean
  /** Python `re.search`: a match anywhere in `s` (see `match`). */
  search(s: string, engine?: RegexEngine): boolean
}

/** A translated pattern, as `new RegExp(source, flags)` takes it. */
export interface JsPattern {
  readonly source: string
  readonly flags: string
}

/**
 * Evaluates `new RegExp(pattern.source, pattern.flags).test(subject)` within
 * a time budget (off the calling thread): the result, or null when it could
 * not decide in time. Adapters supply it; the core stays pure.
 */
export type RegexEngine = (
  pattern: JsPattern,
  subject: string
) => boolean | null

/**
 * The pattern could not be decided within the engine's budget: it backtracks
 * catastrophically on this subject, as CPython's backtracking engine would
 * (Python would hang too). Once out of budget, a pattern stays undecided.
 */
export class PyRegexBudgetError extends Error {
  override name = 'PyRegexBudgetError'
  readonly pattern: string
  constructor(pattern: string) {
    super(
      'could not be evaluated within the time budget: it backtracks catastrophically (nested or repeated quantifiers), and Python would hang on it too'
    )
    this.pattern = pattern
  }
}

/** Valid Python that has no faithful JavaScript translation. */
export class PyRegexUnsupportedError extends Error {
  override name = 'PyRegexUnsupportedError'
  readonly construct: string
  readonly position: number
  constructor(construct: string, position: number) {
    super(
      `uses a Python regex construct that cannot be checked here: ${construct} at position ${position}`
    )
    this.construct = construct
    this.position = position
  }
}

// ---------------------------------------------------------------- flags

const F_I = 2
const F_L = 4
const F_M = 8
const F_S = 16
const F_U = 32
const F_X = 64
const F_A = 256
const F_T = 1
const FLAGS: Readonly<Record<string, number>> = {
  i: F_I,
  L: F_L,
  m: F_M,
  s: F_S,
  x: F_X,
  a: F_A,
  t: F_T,
  u: F_U
}
const isFlag = (c: string): boolean => Object.hasOwn(FLAGS, c)
const TYPE_FLAGS = F_A | F_L | F_U
const GLOBAL_FLAGS = F_T // SRE_FLAG_DEBUG (128) cannot be set inline

const MAXREPEAT = 4294967295
const MAXGROUPS = 1073741823
const MAXCODE = 4294967295
const MAXWIDTH = 2 ** 64

// ---------------------------------------------------------------- tree

type Category = 'd' | 'D' | 's' | 'S' | 'w' | 'W'
type SetItem =
  | { readonly t: 'lit'; readonly cp: number }
  | { readonly t: 'range'; readonly lo: number; readonly hi: number }
  | { readonly t: 'cat'; readonly cat: Category }
  | { readonly t: 'named'; readonly pos: number }
type At =
  'begin' | 'end' | 'beginString' | 'endString' | 'boundary' | 'nonBoundary'

type Node =
  | { readonly t: 'lit'; readonly cp: number }
  | { readonly t: 'notlit'; readonly cp: number }
  | {
      readonly t: 'in'
      readonly negate: boolean
      readonly items: SetItem[]
      /** Where Python built the set (class or alternation). */
      readonly pos: number
    }
  | { readonly t: 'any' }
  | { readonly t: 'at'; readonly at: At }
  | {
      readonly t: 'repeat'
      readonly min: number
      readonly max: number
      readonly kind: 'greedy' | 'lazy' | 'possessive'
      readonly item: Node[]
      readonly pos: number
      readonly text: string
    }
  | {
      readonly t: 'group'
      readonly gid: number | null
      readonly add: number
      readonly del: number
      readonly body: Node[]
      readonly pos: number
      readonly text: string
    }
  | { readonly t: 'atomic'; readonly body: Node[]; readonly pos: number }
  | {
      readonly t: 'assert'
      readonly negative: boolean
      readonly behind: boolean
      readonly body: Node[]
    }
  | { readonly t: 'ref'; readonly gid: number; readonly pos: number }
  | {
      readonly t: 'cond'
      readonly pos: number
      readonly yes: Node[]
      readonly no: Node[] | null
    }
  | { readonly t: 'branch'; readonly alts: Node[][] }
  | { readonly t: 'named'; readonly pos: number }

// ---------------------------------------------------------------- errors

function pyRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'"
  let out = quote
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0
    if (ch === quote || ch === '\\') out += '\\' + ch
    else if (ch === '\n') out += '\\n'
    else if (ch === '\r') out += '\\r'
    else if (ch === '\t') out += '\\t'
    else if (ch !== ' ' && /[\p{C}\p{Z}]/u.test(ch)) {
      const hex = cp.toString(16)
      if (cp < 0x100) out += '\\x' + hex.padStart(2, '0')
      else if (cp < 0x10000) out += '\\u' + hex.padStart(4, '0')
      else out += '\\U' + hex.padStart(8, '0')
    } else out += ch
  }
  return out + quote
}

function reError(msg: string, pattern: string[], pos?: number): PyError {
  if (pos === undefined) return new PyError('re.error', msg)
  let text = `${msg} at position ${pos}`
  if (pattern.includes('\n')) {
    const before = pattern.slice(0, pos)
    const line = before.filter((c) => c === '\n').length + 1
    const col = pos - before.lastIndexOf('\n')
    text += ` (line ${line}, column ${col})`
  }
  return new PyError('re.error', text)
}

// ---------------------------------------------------------------- parser

const DIGITS = '0123456789'
const OCTDIGITS = '01234567'
const HEXDIGITS = '0123456789abcdefABCDEF'
const SPECIAL_CHARS = '.\\[{()*+?^$|'
const REPEAT_CHARS = '*+?{'
const WHITESPACE = ' \t\n\r\v\f'
const isAsciiLetter = (c: string): boolean => /^[A-Za-z]$/.test(c)
const isIn = (c: string | null, set: string): boolean =>
  c !== null && c.length === 1 && set.includes(c)
const isIdentifier = (s: string): boolean =>
  /^[\p{XID_Start}_][\p{XID_Continue}]*$/u.test(s)

class Tokenizer {
  readonly chars: string[]
  index = 0
  next: string | null = null
  constructor(pattern: string) {
    this.chars = Array.from(pattern)
    this.advance()
  }
  private advance(): void {
    let index = this.index
    const char = this.chars[index]
    if (char === undefined) {
      this.next = null
      return
    }
    let tok = char
    if (char === '\\') {
      index += 1
      const c2 = this.chars[index]
      if (c2 === undefined) {
        throw reError(
          'bad escape (end of pattern)',
          this.chars,
          this.chars.length - 1
        )
      }
      tok += c2
    }
    this.index = index + 1
    this.next = tok
  }
  match(char: string): boolean {
    if (char === this.next) {
      this.advance()
      return true
    }
    return false
  }
  get(): string | null {
    const t = this.next
    this.advance()
    return t
  }
  getwhile(n: number, charset: string): string {
    let result = ''
    for (let i = 0; i < n; i++) {
      const c = this.next
      if (!isIn(c, charset)) break
      result += c ?? ''
      this.advance()
    }
    return result
  }
  getuntil(terminator: string, name: string): string {
    let result = ''
    for (;;) {
      const c = this.next
      this.advance()
      if (c === null) {
        if (!result) throw this.error('missing ' + name)
        throw this.error(
          `missing ${terminator}, unterminated name`,
          Array.from(result).length
        )
      }
      if (c === terminator) {
        if (!result) throw this.error('missing ' + name, 1)
        break
      }
      result += c
    }
    return result
  }
  tell(): number {
    return this.index - (this.next === null ? 0 : Array.from(this.next).length)
  }
  seek(index: number): void {
    this.index = index
    this.advance()
  }
  error(msg: string, offset = 0): PyError {
    return reError(msg, this.chars, this.tell() - offset)
  }
  slice(from: number, to: number): string {
    return this.chars.slice(from, to).join('')
  }
  checkgroupname(name: string, offset: number): void {
    if (!isIdentifier(name)) {
      throw this.error(
        `bad character in group name ${pyRepr(name)}`,
        Array.from(name).length + offset
      )
    }
  }
}

class State {
  flags = 0
  groupdict = new Map<string, number>()
  groupwidths: ([number, number] | null)[] = [null]
  lookbehindgroups: number | null = null
  grouprefpos = new Map<number, number>()
  get groups(): number {
    return this.groupwidths.length
  }
  opengroup(name: string | null): number {
    const gid = this.groups
    this.groupwidths.push(null)
    if (this.groups > MAXGROUPS) throw new Error('too many groups')
    if (name !== null) {
      const ogid = this.groupdict.get(name)
      if (ogid !== undefined) {
        throw new Error(
          `redefinition of group name ${pyRepr(name)} as group ${gid}; was group ${ogid}`
        )
      }
      this.groupdict.set(name, gid)
    }
    return gid
  }
  closegroup(gid: number, p: Node[]): void {
    this.groupwidths[gid] = getwidth(p, this)
  }
  checkgroup(gid: number): boolean {
    return gid < this.groups && this.groupwidths[gid] != null
  }
  checklookbehindgroup(gid: number, source: Tokenizer): void {
    if (this.lookbehindgroups !== null) {
      if (!this.checkgroup(gid)) {
        throw source.error('cannot refer to an open group')
      }
      if (gid >= this.lookbehindgroups) {
        throw source.error(
          'cannot refer to group defined in the same lookbehind subpattern'
        )
      }
    }
  }
}

function getwidth(p: Node[], state: State): [number, number] {
  let lo = 0
  let hi = 0
  for (const node of p) {
    switch (node.t) {
      case 'branch': {
        let i = MAXWIDTH
        let j = 0
        for (const alt of node.alts) {
          const [l, h] = getwidth(alt, state)
          i = Math.min(i, l)
          j = Math.max(j, h)
        }
        lo += i
        hi += j
        break
      }
      case 'atomic':
      case 'group': {
        const [i, j] = getwidth(node.body, state)
        lo += i
        hi += j
        break
      }
      case 'repeat': {
        const [i, j] = getwidth(node.item, state)
        lo += i * node.min
        hi = node.max === MAXREPEAT && j ? MAXWIDTH : hi + j * node.max
        break
      }
      case 'lit':
      case 'notlit':
      case 'in':
      case 'any':
        lo += 1
        hi += 1
        break
      case 'ref': {
        const [i, j] = state.groupwidths[node.gid] ?? [0, 0]
        lo += i
        hi += j
        break
      }
      case 'cond': {
        let [i, j] = getwidth(node.yes, state)
        if (node.no) {
          const [l, h] = getwidth(node.no, state)
          i = Math.min(i, l)
          j = Math.max(j, h)
        } else i = 0
        lo += i
        hi += j
        break
      }
      default:
        break
    }
  }
  return [Math.min(lo, MAXWIDTH), Math.min(hi, MAXWIDTH)]
}

type Code =
  | { readonly t: 'lit'; readonly cp: number }
  | { readonly t: 'cat'; readonly cat: Category }
  | { readonly t: 'at'; readonly at: At }
  | { readonly t: 'ref'; readonly gid: number }
  | { readonly t: 'named'; readonly pos: number }

const ESCAPES: Readonly<Record<string, number>> = {
  '\\a': 7,
  '\\b': 8,
  '\\f': 12,
  '\\n': 10,
  '\\r': 13,
  '\\t': 9,
  '\\v': 11,
  '\\\\': 92
}
const CATEGORIES: Readonly<Record<string, Code>> = {
  '\\A': { t: 'at', at: 'beginString' },
  '\\b': { t: 'at', at: 'boundary' },
  '\\B': { t: 'at', at: 'nonBoundary' },
  '\\d': { t: 'cat', cat: 'd' },
  '\\D': { t: 'cat', cat: 'D' },
  '\\s': { t: 'cat', cat: 's' },
  '\\S': { t: 'cat', cat: 'S' },
  '\\w': { t: 'cat', cat: 'w' },
  '\\W': { t: 'cat', cat: 'W' },
  '\\Z': { t: 'at', at: 'endString' }
}

/** \x, \u, \U and \N, shared by both escape contexts; undefined if none. */
function unicodeEscape(source: Tokenizer, escape: string): Code | undefined {
  const c = escape.slice(1)
  const fixed = (n: number): Code => {
    const full = escape + source.getwhile(n, HEXDIGITS)
    if (full.length !== n + 2) {
      throw source.error(`incomplete escape ${full}`, full.length)
    }
    const cp = parseInt(full.slice(2), 16)
    if (cp > 0x10ffff) throw source.error(`bad escape ${full}`, full.length)
    return { t: 'lit', cp }
  }
  if (c === 'x') return fixed(2)
  if (c === 'u') return fixed(4)
  if (c === 'U') return fixed(8)
  if (c === 'N') {
    if (!source.match('{')) throw source.error('missing {')
    source.getuntil('}', 'character name')
    return { t: 'named', pos: source.tell() }
  }
  return undefined
}

function classEscape(source: Tokenizer, escape: string): Code {
  const lit = ESCAPES[escape]
  if (lit !== undefined) return { t: 'lit', cp: lit }
  const cat = CATEGORIES[escape]
  if (cat?.t === 'cat') return cat
  const uni = unicodeEscape(source, escape)
  if (uni) return uni
  const c = escape.slice(1)
  if (isIn(c, OCTDIGITS)) {
    const full = escape + source.getwhile(2, OCTDIGITS)
    const cp = parseInt(full.slice(1), 8)
    if (cp > 0o377) {
      throw source.error(
        `octal escape value ${full} outside of range 0-0o377`,
        full.length
      )
    }
    return { t: 'lit', cp }
  }
  if (!isIn(c, DIGITS) && escape.length === 2 && !isAsciiLetter(c)) {
    return { t: 'lit', cp: c.codePointAt(0) ?? 0 }
  }
  throw source.error(`bad escape ${escape}`, Array.from(escape).length)
}

function escapeCode(source: Tokenizer, escape: string, state: State): Code {
  const cat = CATEGORIES[escape]
  if (cat) return cat
  const lit = ESCAPES[escape]
  if (lit !== undefined) return { t: 'lit', cp: lit }
  const uni = unicodeEscape(source, escape)
  if (uni) return uni
  const c = escape.slice(1)
  if (c === '0') {
    const full = escape + source.getwhile(2, OCTDIGITS)
    return { t: 'lit', cp: parseInt(full.slice(1), 8) }
  }
  if (isIn(c, DIGITS)) {
    let full = escape
    if (isIn(source.next, DIGITS)) {
      full += source.get() ?? ''
      if (
        isIn(full[1] ?? null, OCTDIGITS) &&
        isIn(full[2] ?? null, OCTDIGITS) &&
        isIn(source.next, OCTDIGITS)
      ) {
        full += source.get() ?? ''
        const cp = parseInt(full.slice(1), 8)
        if (cp > 0o377) {
          throw source.error(
            `octal escape value ${full} outside of range 0-0o377`,
            full.length
          )
        }
        return { t: 'lit', cp }
      }
    }
    const group = parseInt(full.slice(1), 10)
    if (group < state.groups) {
      if (!state.checkgroup(group)) {
        throw source.error('cannot refer to an open group', full.length)
      }
      state.checklookbehindgroup(group, source)
      return { t: 'ref', gid: group }
    }
    throw source.error(`invalid group reference ${group}`, full.length - 1)
  }
  if (escape.length === 2 && !isAsciiLetter(c)) {
    return { t: 'lit', cp: c.codePointAt(0) ?? 0 }
  }
  throw source.error(`bad escape ${escape}`, Array.from(escape).length)
}

function parseSub(
  source: Tokenizer,
  state: State,
  verbose: boolean,
  nested: number
): Node[] {
  const items: Node[][] = []
  const start = source.tell()
  for (;;) {
    items.push(
      parse(source, state, verbose, nested + 1, !nested && !items.length)
    )
    if (!source.match('|')) break
    if (!nested) verbose = (state.flags & F_X) !== 0
  }
  if (items.length === 1) return items[0] ?? []
  const out: Node[] = []
  // Python moves a prefix shared by all alternatives out of the branch.
  for (;;) {
    const prefix = items[0]?.[0]
    if (!prefix || !items.every((it) => sameNode(it[0], prefix))) break
    for (const it of items) it.shift()
    out.push(prefix)
  }
  // ... and turns alternatives of single characters or sets into one set.
  const set: SetItem[] = []
  for (const it of items) {
    const only = it.length === 1 ? it[0] : undefined
    if (only?.t === 'lit') set.push({ t: 'lit', cp: only.cp })
    else if (only?.t === 'in' && !only.negate) set.push(...only.items)
    else {
      out.push({ t: 'branch', alts: items })
      return out
    }
  }
  out.push({ t: 'in', negate: false, items: uniq(set), pos: start })
  return out
}

/** Python's tuple equality of simple opcodes; sub-patterns never compare equal. */
function sameNode(a: Node | undefined, b: Node): boolean {
  if (!a || a.t !== b.t) return false
  switch (b.t) {
    case 'lit':
    case 'notlit':
      return a.t === b.t && a.cp === b.cp
    case 'any':
      return true
    case 'at':
      return a.t === 'at' && a.at === b.at
    case 'in':
      return (
        a.t === 'in' &&
        a.negate === b.negate &&
        JSON.stringify(a.items) === JSON.stringify(b.items)
      )
    default:
      return false
  }
}

function uniq(items: SetItem[]): SetItem[] {
  const seen = new Set<string>()
  return items.filter((item) => {
    const key = JSON.stringify(item)
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

function parseFlags(
  source: Tokenizer,
  state: State,
  first: string
): [number, number] | null {
  let char: string | null = first
  let add = 0
  let del = 0
  if (char !== '-') {
    for (;;) {
      const flag = FLAGS[char] ?? 0
      if (char === 'L') {
        throw source.error(
          "bad inline flags: cannot use 'L' flag with a str pattern"
        )
      }
      add |= flag
      if (flag & TYPE_FLAGS && (add & TYPE_FLAGS) !== flag) {
        throw source.error(
          "bad inline flags: flags 'a', 'u' and 'L' are incompatible"
        )
      }
      char = source.get()
      if (char === null) throw source.error('missing -, : or )')
      if (')-:'.includes(char)) break
      if (!isFlag(char)) {
        const msg = /^\p{L}+$/u.test(char)
          ? 'unknown flag'
          : 'missing -, : or )'
        throw source.error(msg, Array.from(char).length)
      }
    }
  }
  if (char === ')') {
    state.flags |= add
    return null
  }
  if (add & GLOBAL_FLAGS) {
    throw source.error('bad inline flags: cannot turn on global flag', 1)
  }
  if (char === '-') {
    char = source.get()
    if (char === null) throw source.error('missing flag')
    if (!isFlag(char)) {
      const msg = /^\p{L}+$/u.test(char) ? 'unknown flag' : 'missing flag'
      throw source.error(msg, Array.from(char).length)
    }
    for (;;) {
      const flag = FLAGS[char] ?? 0
      if (flag & TYPE_FLAGS) {
        throw source.error(
          "bad inline flags: cannot turn off flags 'a', 'u' and 'L'"
        )
      }
      del |= flag
      char = source.get()
      if (char === null) throw source.error('missing :')
      if (char === ':') break
      if (!isFlag(char)) {
        const msg = /^\p{L}+$/u.test(char) ? 'unknown flag' : 'missing :'
        throw source.error(msg, Array.from(char).length)
      }
    }
  }
  if (del & GLOBAL_FLAGS) {
    throw source.error('bad inline flags: cannot turn off global flag', 1)
  }
  if (add & del) {
    throw source.error('bad inline flags: flag turned on and off', 1)
  }
  return [add, del]
}

/** Python's int() on a group-name string, or undefined. */
function pyInt(s: string): number | undefined {
  const m = /^\s*([+-]?)(\p{Nd}+(?:_\p{Nd}+)*)\s*$/u.exec(s)
  if (!m) return undefined
  const digits = Array.from((m[2] ?? '').replaceAll('_', ''))
    .map((d) => String(/\p{Nd}/u.test(d) ? digitValue(d) : 0))
    .join('')
  const v = Number(digits)
  return m[1] === '-' ? -v : v
}

function digitValue(d: string): number {
  // Unicode decimal digits come in aligned runs of ten starting at zero.
  const cp = d.codePointAt(0) ?? 0
  let z = cp
  while (z > 0 && /\p{Nd}/u.test(String.fromCodePoint(z - 1))) z--
  return (cp - z) % 10
}

function classCode(source: Tokenizer, tok: string): Code {
  if (!tok.startsWith('\\')) return { t: 'lit', cp: tok.codePointAt(0) ?? 0 }
  const pos = source.tell() - 2
  const code = classEscape(source, tok)
  return code.t === 'named' ? { t: 'named', pos } : code
}

function parseClass(source: Tokenizer, nodes: Node[]): void {
  const here = source.tell() - 1
  const set: SetItem[] = []
  const negate = source.match('^')
  for (;;) {
    const thisTok = source.get()
    if (thisTok === null) {
      throw source.error('unterminated character set', source.tell() - here)
    }
    if (thisTok === ']' && set.length) break
    const code1 = classCode(source, thisTok)
    if (source.match('-')) {
      const that = source.get()
      if (that === null) {
        throw source.error('unterminated character set', source.tell() - here)
      }
      if (that === ']') {
        set.push(toSetItem(code1))
        set.push({ t: 'lit', cp: 0x2d })
        break
      }
      const code2 = classCode(source, that)
      const msg = `bad character range ${thisTok}-${that}`
      const off = Array.from(thisTok).length + 1 + Array.from(that).length
      // A \N{...} end is a literal in Python; its order cannot be checked.
      if (code1.t === 'named') set.push(code1)
      else if (code2.t === 'named') set.push(code2)
      else if (code1.t !== 'lit' || code2.t !== 'lit') {
        throw source.error(msg, off)
      } else if (code2.cp < code1.cp) throw source.error(msg, off)
      else set.push({ t: 'range', lo: code1.cp, hi: code2.cp })
    } else {
      set.push(toSetItem(code1))
    }
  }
  const unique = uniq(set)
  const only = unique[0]
  if (unique.length === 1 && only?.t === 'lit') {
    nodes.push(
      negate ? { t: 'notlit', cp: only.cp } : { t: 'lit', cp: only.cp }
    )
  } else {
    nodes.push({ t: 'in', negate, items: unique, pos: here })
  }
}

function toSetItem(code: Code): SetItem {
  if (code.t === 'lit') return { t: 'lit', cp: code.cp }
  if (code.t === 'cat') return { t: 'cat', cat: code.cat }
  if (code.t === 'named') return code
  throw new Error('unreachable set item')
}

function parse(
  source: Tokenizer,
  state: State,
  verbose: boolean,
  nested: number,
  first = false
): Node[] {
  const sub: Node[] = []
  for (;;) {
    const thisTok = source.next
    if (thisTok === null) break
    if (thisTok === '|' || thisTok === ')') break
    const start0 = source.tell()
    source.get()

    if (verbose) {
      if (isIn(thisTok, WHITESPACE)) continue
      if (thisTok === '#') {
        for (;;) {
          const c = source.get()
          if (c === null || c === '\n') break
        }
        continue
      }
    }

    if (thisTok.startsWith('\\')) {
      const code = escapeCode(source, thisTok, state)
      if (code.t === 'lit') sub.push({ t: 'lit', cp: code.cp })
      else if (code.t === 'cat')
        sub.push({
          t: 'in',
          negate: false,
          items: [{ t: 'cat', cat: code.cat }],
          pos: start0
        })
      else if (code.t === 'at') sub.push({ t: 'at', at: code.at })
      else if (code.t === 'ref')
        sub.push({ t: 'ref', gid: code.gid, pos: start0 })
      else sub.push({ t: 'named', pos: start0 })
    } else if (!SPECIAL_CHARS.includes(thisTok)) {
      sub.push({ t: 'lit', cp: thisTok.codePointAt(0) ?? 0 })
    } else if (thisTok === '[') {
      parseClass(source, sub)
    } else if (REPEAT_CHARS.includes(thisTok)) {
      const here = source.tell()
      let min: number
      let max: number
      if (thisTok === '?') [min, max] = [0, 1]
      else if (thisTok === '*') [min, max] = [0, MAXREPEAT]
      else if (thisTok === '+') [min, max] = [1, MAXREPEAT]
      else {
        if (source.next === '}') {
          sub.push({ t: 'lit', cp: 0x7b })
          continue
        }
        ;[min, max] = [0, MAXREPEAT]
        let lo = ''
        let hi = ''
        while (isIn(source.next, DIGITS)) lo += source.get() ?? ''
        if (source.match(',')) {
          while (isIn(source.next, DIGITS)) hi += source.get() ?? ''
        } else hi = lo
        if (!source.match('}')) {
          sub.push({ t: 'lit', cp: 0x7b })
          source.seek(here)
          continue
        }
        if (lo) {
          min = repeatNumber(lo)
        }
        if (hi) {
          max = repeatNumber(hi)
          if (max < min) {
            throw source.error(
              'min repeat greater than max repeat',
              source.tell() - here
            )
          }
        }
      }
      const last = sub[sub.length - 1]
      const err = source.tell() - here + thisTok.length
      if (last === undefined || last.t === 'at') {
        throw source.error('nothing to repeat', err)
      }
      if (last.t === 'repeat') throw source.error('multiple repeat', err)
      let item: Node[] = [last]
      if (last.t === 'group' && last.gid === null && !last.add && !last.del) {
        item = last.body
      }
      let kind: 'greedy' | 'lazy' | 'possessive' = 'greedy'
      if (source.match('?')) kind = 'lazy'
      else if (source.match('+')) kind = 'possessive'
      sub[sub.length - 1] = {
        t: 'repeat',
        min,
        max,
        kind,
        item,
        pos: here - 1,
        text: source.slice(here - 1, source.tell())
      }
    } else if (thisTok === '.') {
      sub.push({ t: 'any' })
    } else if (thisTok === '(') {
      const node = parseGroup(source, state, verbose, nested, first, sub)
      if (node === 'flags') verbose = (state.flags & F_X) !== 0
      else if (node) sub.push(node)
    } else if (thisTok === '^') {
      sub.push({ t: 'at', at: 'begin' })
    } else {
      sub.push({ t: 'at', at: 'end' })
    }
  }
  // unpack non-capturing groups without flags
  const out: Node[] = []
  for (const node of sub) {
    if (node.t === 'group' && node.gid === null && !node.add && !node.del) {
      out.push(...node.body)
    } else out.push(node)
  }
  return out
}

function repeatNumber(digits: string): number {
  const n = BigInt(digits)
  if (n >= BigInt(MAXREPEAT)) {
    throw new PyError('OverflowError', 'the repetition number is too large')
  }
  return Number(n)
}

function parseGroup(
  source: Tokenizer,
  state: State,
  verbose: boolean,
  nested: number,
  first: boolean,
  sub: Node[]
): Node | 'flags' | null {
  const start = source.tell() - 1
  let capture = true
  let atomic = false
  let name: string | null = null
  let add = 0
  let del = 0
  if (source.match('?')) {
    const char = source.get()
    if (char === null) throw source.error('unexpected end of pattern')
    if (char === 'P') {
      if (source.match('<')) {
        name = source.getuntil('>', 'group name')
        source.checkgroupname(name, 1)
      } else if (source.match('=')) {
        const ref = source.getuntil(')', 'group name')
        source.checkgroupname(ref, 1)
        const gid = state.groupdict.get(ref)
        const off = Array.from(ref).length + 1
        if (gid === undefined) {
          throw source.error(`unknown group name ${pyRepr(ref)}`, off)
        }
        if (!state.checkgroup(gid)) {
          throw source.error('cannot refer to an open group', off)
        }
        state.checklookbehindgroup(gid, source)
        return { t: 'ref', gid, pos: start }
      } else {
        const c = source.get()
        if (c === null) throw source.error('unexpected end of pattern')
        throw source.error('unknown extension ?P' + c, Array.from(c).length + 2)
      }
    } else if (char === ':') {
      capture = false
    } else if (char === '#') {
      for (;;) {
        if (source.next === null) {
          throw source.error(
            'missing ), unterminated comment',
            source.tell() - start
          )
        }
        if (source.get() === ')') break
      }
      return null
    } else if ('=!<'.includes(char)) {
      let c: string | null = char
      let behind = false
      let saved: number | null = null
      if (c === '<') {
        c = source.get()
        if (c === null) throw source.error('unexpected end of pattern')
        if (!'=!'.includes(c)) {
          throw source.error(
            'unknown extension ?<' + c,
            Array.from(c).length + 2
          )
        }
        behind = true
        saved = state.lookbehindgroups
        if (saved === null) state.lookbehindgroups = state.groups
      }
      const p = parseSub(source, state, verbose, nested + 1)
      if (behind && saved === null) state.lookbehindgroups = null
      if (!source.match(')')) {
        throw source.error(
          'missing ), unterminated subpattern',
          source.tell() - start
        )
      }
      return { t: 'assert', negative: c === '!', behind, body: p }
    } else if (char === '(') {
      return parseCondition(source, state, verbose, nested, start)
    } else if (char === '>') {
      capture = false
      atomic = true
    } else if (isFlag(char) || char === '-') {
      const flags = parseFlags(source, state, char)
      if (flags === null) {
        if (!first || sub.length) {
          throw source.error(
            'global flags not at the start of the expression',
            source.tell() - start
          )
        }
        return 'flags'
      }
      ;[add, del] = flags
      capture = false
    } else {
      throw source.error(
        'unknown extension ?' + char,
        Array.from(char).length + 1
      )
    }
  }
  const headerEnd = source.tell()
  let group: number | null = null
  if (capture) {
    try {
      group = state.opengroup(name)
    } catch (err) {
      const msg = err instanceof Error ? err.message : String(err)
      throw source.error(msg, Array.from(name ?? '').length + 1)
    }
  }
  const subVerbose = (verbose || (add & F_X) !== 0) && !(del & F_X)
  const p = parseSub(source, state, subVerbose, nested + 1)
  if (!source.match(')')) {
    throw source.error(
      'missing ), unterminated subpattern',
      source.tell() - start
    )
  }
  if (group !== null) state.closegroup(group, p)
  if (atomic) return { t: 'atomic', body: p, pos: start }
  return {
    t: 'group',
    gid: group,
    add,
    del,
    body: p,
    pos: start,
    text: source.slice(start, headerEnd)
  }
}

function parseCondition(
  source: Tokenizer,
  state: State,
  verbose: boolean,
  nested: number,
  start: number
): Node {
  const condname = source.getuntil(')', 'group name')
  const off = Array.from(condname).length + 1
  let condgroup: number
  if (isIdentifier(condname)) {
    source.checkgroupname(condname, 1)
    const g = state.groupdict.get(condname)
    if (g === undefined) {
      throw source.error(`unknown group name ${pyRepr(condname)}`, off)
    }
    condgroup = g
  } else {
    const g = pyInt(condname)
    if (g === undefined || g < 0) {
      throw source.error(`bad character in group name ${pyRepr(condname)}`, off)
    }
    if (!g) throw source.error('bad group number', off)
    if (g >= MAXGROUPS) throw source.error(`invalid group reference ${g}`, off)
    if (!state.grouprefpos.has(g)) {
      state.grouprefpos.set(g, source.tell() - off)
    }
    condgroup = g
  }
  state.checklookbehindgroup(condgroup, source)
  const yes = parse(source, state, verbose, nested + 1)
  let no: Node[] | null = null
  if (source.match('|')) {
    no = parse(source, state, verbose, nested + 1)
    if (source.next === '|') {
      throw source.error('conditional backref with more than two branches')
    }
  }
  if (!source.match(')')) {
    throw source.error(
      'missing ), unterminated subpattern',
      source.tell() - start
    )
  }
  return { t: 'cond', pos: start, yes, no }
}

/** Python's compile-time checks: fixed-width look-behind. */
function checkCompile(nodes: Node[], state: State): void {
  for (const node of nodes) {
    switch (node.t) {
      case 'assert':
        if (node.behind) {
          const [lo, hi] = getwidth(node.body, state)
          if (lo > MAXCODE)
            throw new PyError('re.error', 'looks too much behind')
          if (lo !== hi) {
            throw new PyError(
              're.error',
              'look-behind requires fixed-width pattern'
            )
          }
        }
        checkCompile(node.body, state)
        break
      case 'group':
      case 'atomic':
        checkCompile(node.body, state)
        break
      case 'repeat':
        checkCompile(node.item, state)
        break
      case 'branch':
        for (const alt of node.alts) checkCompile(alt, state)
        break
      case 'cond':
        checkCompile(node.yes, state)
        if (node.no) checkCompile(node.no, state)
        break
      default:
        break
    }
  }
}

// ---------------------------------------------------------------- emitter

const SPACE_SET =
  '\\t\\n\\v\\f\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000'
const NOT_SPACE_SET =
  '\\0-\\x08\\x0e-\\x1b!-\\x84\\x86-\\x9f\\xa1-\\u167f\\u1681-\\u1fff\\u200b-\\u2027\\u202a-\\u202e\\u2030-\\u205e\\u2060-\\u2fff\\u3001-\\u{10ffff}'
const WORD_SET = '\\p{L}\\p{N}_'
const A_WORD_SET = 'A-Za-z0-9_'
const A_NOT_WORD_SET = '\\0-\\/:-@\\[-\\^`\\{-\\u{10ffff}'
const A_SPACE_SET = '\\t\\n\\v\\f\\r '
const A_NOT_SPACE_SET = '\\0-\\x08\\x0e-\\x1f!-\\u{10ffff}'

/** Dotted/dotless i: Python's IGNORECASE joins all four, JavaScript two pairs. */
const TURKIC_I = [0x49, 0x69, 0x130, 0x131]

/**
 * For a set range reaching past U+FFFF, CPython 3.11 (RANGE_UNI_IGNORE) also
 * accepts a character whose lower case's upper case (first character of the
 * full mapping) lies in the range: pairs of (character, that upper case) for
 * which this is not already a case equivalence. Generated with CPython 3.11.
 */
// prettier-ignore
const RANGE_UPPER_QUIRK: readonly number[] = [
  0xdf, 0x53, 0x149, 0x2bc, 0x1f0, 0x4a, 0x390, 0x399, 0x3b0, 0x3a5, 0x587, 0x535, 0x1e96, 0x48, 0x1e97, 0x54, 0x1e98, 0x57, 0x1e99, 0x59, 0x1e9a, 0x41, 0x1e9e, 0x53, 0x1f50, 0x3a5, 0x1f52, 0x3a5, 0x1f54, 0x3a5, 0x1f56, 0x3a5, 0x1f80, 0x1f08, 0x1f81, 0x1f09, 0x1f82, 0x1f0a, 0x1f83, 0x1f0b, 0x1f84, 0x1f0c, 0x1f85, 0x1f0d, 0x1f86, 0x1f0e, 0x1f87, 0x1f0f, 0x1f88, 0x1f08, 0x1f89, 0x1f09, 0x1f8a, 0x1f0a, 0x1f8b, 0x1f0b, 0x1f8c, 0x1f0c, 0x1f8d, 0x1f0d, 0x1f8e, 0x1f0e, 0x1f8f, 0x1f0f, 0x1f90, 0x1f28, 0x1f91, 0x1f29, 0x1f92, 0x1f2a, 0x1f93, 0x1f2b, 0x1f94, 0x1f2c, 0x1f95, 0x1f2d, 0x1f96, 0x1f2e, 0x1f97, 0x1f2f, 0x1f98, 0x1f28, 0x1f99, 0x1f29, 0x1f9a, 0x1f2a, 0x1f9b, 0x1f2b, 0x1f9c, 0x1f2c, 0x1f9d, 0x1f2d, 0x1f9e, 0x1f2e, 0x1f9f, 0x1f2f, 0x1fa0, 0x1f68, 0x1fa1, 0x1f69, 0x1fa2, 0x1f6a, 0x1fa3, 0x1f6b, 0x1fa4, 0x1f6c, 0x1fa5, 0x1f6d, 0x1fa6, 0x1f6e, 0x1fa7, 0x1f6f, 0x1fa8, 0x1f68, 0x1fa9, 0x1f69, 0x1faa, 0x1f6a, 0x1fab, 0x1f6b, 0x1fac, 0x1f6c, 0x1fad, 0x1f6d, 0x1fae, 0x1f6e, 0x1faf, 0x1f6f, 0x1fb2, 0x1fba, 0x1fb3, 0x391, 0x1fb4, 0x386, 0x1fb6, 0x391, 0x1fb7, 0x391, 0x1fbc, 0x391, 0x1fc2, 0x1fca, 0x1fc3, 0x397, 0x1fc4, 0x389, 0x1fc6, 0x397, 0x1fc7, 0x397, 0x1fcc, 0x397, 0x1fd2, 0x399, 0x1fd3, 0x399, 0x1fd6, 0x399, 0x1fd7, 0x399, 0x1fe2, 0x3a5, 0x1fe3, 0x3a5, 0x1fe4, 0x3a1, 0x1fe6, 0x3a5, 0x1fe7, 0x3a5, 0x1ff2, 0x1ffa, 0x1ff3, 0x3a9, 0x1ff4, 0x38f, 0x1ff6, 0x3a9, 0x1ff7, 0x3a9, 0x1ffc, 0x3a9, 0xfb00, 0x46, 0xfb01, 0x46, 0xfb02, 0x46, 0xfb03, 0x46, 0xfb04, 0x46, 0xfb05, 0x53, 0xfb06, 0x53, 0xfb13, 0x544, 0xfb14, 0x544, 0xfb15, 0x544, 0xfb16, 0x54e, 0xfb17, 0x544
]

interface Ctx {
  readonly flags: number
  /** Inside an alternative, a repeat or a negative look-around. */
  readonly conditional: boolean
}

class Emitter {
  readonly ignoreCase: boolean
  readonly conditionalGroups = new Set<number>()
  constructor(ignoreCase: boolean) {
    this.ignoreCase = ignoreCase
  }

  seq(nodes: Node[], ctx: Ctx): string {
    return nodes.map((n) => this.node(n, ctx)).join('')
  }

  node(node: Node, ctx: Ctx): string {
    const ascii = (ctx.flags & F_A) !== 0
    switch (node.t) {
      case 'lit':
        return this.literal(node.cp)
      case 'notlit':
        return this.set(true, [{ t: 'lit', cp: node.cp }], ascii)
      case 'in':
        this.checkSet(node.items, node.pos)
        return this.set(node.negate, node.items, ascii)
      case 'any':
        return ctx.flags & F_S ? '[\\s\\S]' : '[^\\n]'
      case 'at':
        return this.at(node.at, ctx.flags)
      case 'repeat': {
        if (node.kind === 'possessive') {
          throw new PyRegexUnsupportedError(
            `possessive quantifier '${node.text}'`,
            node.pos
          )
        }
        const body = this.seq(node.item, { ...ctx, conditional: true })
        let q: string
        const inf = node.max === MAXREPEAT
        if (node.min === 0 && inf) q = '*'
        else if (node.min === 1 && inf) q = '+'
        else if (node.min === 0 && node.max === 1) q = '?'
        else if (inf) q = `{${node.min},}`
        else if (node.min === node.max) q = `{${node.min}}`
        else q = `{${node.min},${node.max}}`
        return `(?:${body})${q}${node.kind === 'lazy' ? '?' : ''}`
      }
      case 'group': {
        let flags = ctx.flags
        if (node.add & TYPE_FLAGS) flags &= ~TYPE_FLAGS
        flags = (flags | node.add) & ~node.del
        if ((flags & F_I) !== (ctx.flags & F_I)) {
          throw new PyRegexUnsupportedError(
            `scoped inline flag '${node.text}' changing IGNORECASE`,
            node.pos
          )
        }
        this.checkAsciiCase(flags, node.pos)
        if (node.gid !== null && ctx.conditional) {
          this.conditionalGroups.add(node.gid)
        }
        const body = this.seq(node.body, { ...ctx, flags })
        return node.gid === null ? `(?:${body})` : `(${body})`
      }
      case 'atomic':
        throw new PyRegexUnsupportedError("atomic group '(?>...)'", node.pos)
      case 'cond':
        throw new PyRegexUnsupportedError(
          "conditional group '(?(...)...)'",
          node.pos
        )
      case 'named':
        throw new PyRegexUnsupportedError(
          "named character escape '\\N{...}'",
          node.pos
        )
      case 'assert': {
        const inner = this.seq(node.body, {
          ...ctx,
          conditional: ctx.conditional || node.negative
        })
        const open = (node.behind ? '(?<' : '(?') + (node.negative ? '!' : '=')
        return `${open}${inner})`
      }
      case 'ref': {
        if (this.ignoreCase) {
          throw new PyRegexUnsupportedError(
            'case-insensitive backreference',
            node.pos
          )
        }
        if (this.conditionalGroups.has(node.gid)) {
          throw new PyRegexUnsupportedError(
            `backreference to group ${node.gid}, which may not participate in the match`,
            node.pos
          )
        }
        return `(?:\\${node.gid})`
      }
      case 'branch':
        return `(?:${node.alts
          .map((alt) => this.seq(alt, { ...ctx, conditional: true }))
          .join('|')})`
    }
  }

  checkAsciiCase(flags: number, pos: number): void {
    if (flags & F_A && this.ignoreCase) {
      throw new PyRegexUnsupportedError(
        'ASCII-only case-insensitive matching (re.ASCII with re.IGNORECASE)',
        pos
      )
    }
  }

  /**
   * CPython before the gh-126505 fix ignores an upper-case non-BMP letter in
   * a case-insensitive set; later versions match it. Refuse rather than pick.
   */
  checkSet(items: SetItem[], pos: number): void {
    if (!this.ignoreCase) return
    for (const item of items) {
      if (item.t !== 'lit' || item.cp <= 0xffff) continue
      const ch = String.fromCodePoint(item.cp)
      if (ch.toLowerCase() !== ch) {
        throw new PyRegexUnsupportedError(
          'a case-insensitive set with an upper-case character beyond U+FFFF, which Python versions match differently',
          pos
        )
      }
    }
  }

  literal(cp: number): string {
    if (this.ignoreCase && TURKIC_I.includes(cp)) {
      return `[${TURKIC_I.map(jsChar).join('')}]`
    }
    return jsChar(cp)
  }

  set(negate: boolean, items: SetItem[], ascii: boolean): string {
    let parts = ''
    const alts: string[] = []
    let turkic = false
    for (const item of items) {
      if (item.t === 'lit') {
        parts += jsChar(item.cp)
        turkic ||= TURKIC_I.includes(item.cp)
      } else if (item.t === 'range') {
        parts += `${jsChar(item.lo)}-${jsChar(item.hi)}`
        turkic ||= TURKIC_I.some((c) => c >= item.lo && c <= item.hi)
        if (this.ignoreCase && item.hi > 0xffff) {
          for (let k = 0; k < RANGE_UPPER_QUIRK.length; k += 2) {
            const upper = RANGE_UPPER_QUIRK[k + 1] ?? -1
            if (upper >= item.lo && upper <= item.hi) {
              parts += jsChar(RANGE_UPPER_QUIRK[k] ?? 0)
            }
          }
        }
      } else if (item.t === 'named') {
        throw new PyRegexUnsupportedError(
          "named character escape '\\N{...}'",
          item.pos
        )
      } else if (item.cat === 'W' && !ascii) {
        alts.push(`[^${WORD_SET}]`)
      } else {
        parts += categorySet(item.cat, ascii)
      }
    }
    if (turkic && this.ignoreCase) parts += TURKIC_I.map(jsChar).join('')
    if (!alts.length) return `[${negate ? '^' : ''}${parts}]`
    if (parts) alts.unshift(`[${parts}]`)
    const union = alts.join('|')
    return negate ? `(?!${union})[\\s\\S]` : `(?:${union})`
  }

  at(at: At, flags: number): string {
    const multiline = (flags & F_M) !== 0
    const w = flags & F_A ? `[${A_WORD_SET}]` : `[${WORD_SET}]`
    switch (at) {
      case 'begin':
        return multiline ? '(?:^|(?<=\\n))' : '^'
      case 'end':
        return multiline ? '(?=\\n|$)' : '(?=\\n?$)'
      case 'beginString':
        return '^'
      case 'endString':
        return '$'
      case 'boundary':
        return `(?:(?<=${w})(?!${w})|(?<!${w})(?=${w}))`
      case 'nonBoundary':
        return `(?:(?<=${w})(?=${w})|(?<!${w})(?!${w}))(?!^$)`
    }
  }
}

function categorySet(cat: Category, ascii: boolean): string {
  switch (cat) {
    case 'd':
      return ascii ? '0-9' : '\\p{Nd}'
    case 'D':
      return ascii ? '\\0-\\/:-\\u{10ffff}' : '\\P{Nd}'
    case 's':
      return ascii ? A_SPACE_SET : SPACE_SET
    case 'S':
      return ascii ? A_NOT_SPACE_SET : NOT_SPACE_SET
    case 'w':
      return ascii ? A_WORD_SET : WORD_SET
    case 'W':
      return A_NOT_WORD_SET
  }
}

function jsChar(cp: number): string {
  if (/^[A-Za-z0-9_ ]$/.test(String.fromCodePoint(cp))) {
    return String.fromCodePoint(cp)
  }
  return `\\u{${cp.toString(16)}}`
}

// ---------------------------------------------------------------- API

/**
 * Compile a Python `re` pattern (as `re.compile(pattern, flags)` would) into
 * a JavaScript matcher. Throws `PyError('re.error' | 'OverflowError' |
 * 'ValueError', ...)` for patterns Python rejects and
 * `PyRegexUnsupportedError` for valid patterns without a faithful
 * translation.
 */
export function compilePyRegex(
  pattern: string,
  flags: { ignoreCase?: boolean } = {}
): PyRegex {
  const source = new Tokenizer(pattern)
  const state = new State()
  state.flags = flags.ignoreCase ? F_I : 0
  const tree = parseSub(source, state, false, 0)
  if (state.flags & F_A && state.flags & F_U) {
    throw new PyError('ValueError', 'ASCII and UNICODE flags are incompatible')
  }
  if (source.next !== null) throw source.error('unbalanced parenthesis')
  for (const [g, pos] of state.grouprefpos) {
    if (g >= state.groups) {
      throw reError(`invalid group reference ${g}`, source.chars, pos)
    }
  }
  checkCompile(tree, state)

  const ignoreCase = (state.flags & F_I) !== 0
  const emitter = new Emitter(ignoreCase)
  emitter.checkAsciiCase(state.flags, 0)
  const body = emitter.seq(tree, { flags: state.flags, conditional: false })
  const jsFlags = ignoreCase ? 'iu' : 'u'
  let js: RegExp
  let start: RegExp
  let full: RegExp
  try {
    js = new RegExp(body, jsFlags)
    start = new RegExp(`^(?:${body})`, jsFlags)
    full = new RegExp(`^(?:${body})$`, jsFlags)
  } catch {
    throw new PyRegexUnsupportedError(
      'a pattern the JavaScript engine cannot compile',
      0
    )
  }
  const linear = isLinear(tree)
  let exhausted = false
  const run = (
    re: RegExp,
    s: string,
    safe: boolean,
    engine: RegexEngine | undefined
  ): boolean => {
    if (safe || !engine) return re.test(s)
    if (exhausted) throw new PyRegexBudgetError(pattern)
    const result = engine({ source: re.source, flags: re.flags }, s)
    if (result !== null) return result
    exhausted = true
    throw new PyRegexBudgetError(pattern)
  }
  return {
    source: pattern,
    js,
    linear,
    match: (s, engine) => run(start, s, linear, engine),
    fullmatch: (s, engine) => run(full, s, linear, engine),
    // Unanchored, one quantifier is already quadratic.
    search: (s, engine) => run(js, s, false, engine)
  }
}

/** Single-character nodes: each emits a fixed-width, non-branching atom. */
function isAtom(node: Node): boolean {
  if (node.t === 'lit' || node.t === 'notlit' || node.t === 'any') return true
  // A non-ASCII `\W` in a set is emitted as an alternation.
  return (
    node.t === 'in' &&
    !node.items.some((item) => item.t === 'cat' && item.cat === 'W')
  )
}

/**
 * Whether an anchored match of the translation runs in linear time: no
 * backreference, at most one quantifier, repeating a single character, and
 * alternations whose choices multiply to a small number. Anything else may
 * backtrack exponentially (`(a+)+`, `(a|a)*`, `(a|a)(a|a)...`) or
 * polynomially (`a*a*a*b`) and goes to the budgeted engine.
 */
function isLinear(tree: Node[]): boolean {
  let repeats = 0
  let choices = 1
  const seen = { unsafe: false }
  const walk = (nodes: Node[]): void => {
    for (const node of nodes) {
      switch (node.t) {
        case 'ref':
        case 'cond':
        case 'atomic':
          seen.unsafe = true
          break
        case 'repeat':
          repeats += 1
          if (node.item.length !== 1 || !node.item.every(isAtom))
            seen.unsafe = true
          walk(node.item)
          break
        case 'group':
        case 'assert':
          walk(node.body)
          break
        case 'branch':
          choices *= node.alts.length
          for (const alt of node.alts) walk(alt)
          break
        default:
          break
      }
    }
  }
  walk(tree)
  return !seen.unsafe && repeats <= 1 && choices <= 256
}
