/**
 * Text for GitHub's renderer, escaped for the context it lands in. Markdown
 * (paragraphs, list items, pipe-table cells) takes backslash escapes; the
 * inside of an HTML block (a `<summary>` line, a raw `<table>`) does not, so
 * it takes HTML entities instead. Every function here keeps text on one line,
 * clips it, neutralises bidirectional overrides and breaks `@mentions` and
 * `#123` references, so no input can add structure, a tag, a ping or a link.
 */

/** Longest text put in one place, in characters of the input. */
export const TEXT_MAX = 300

/** Characters that could start markdown or HTML structure anywhere inline. */
const MARKDOWN_SPECIAL = /[\\`*_{}[\]()#+!|~<>$&:]/g
/** Line breaks and other controls. */
// eslint-disable-next-line no-control-regex
const UNSAFE_CHARS = /[\u0000-\u001f\u007f\u0085\u2028\u2029]/g
const BIDI_CHARS = /[\u202a-\u202e\u2066-\u2069]/g
const HTML_SPECIAL = /[&<>"'`|\\]/g
const HTML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
  '|': '&#124;',
  '\\': '&#92;'
}
/** A mention or an issue reference: `@name`, `#12`. */
const REFERENCE = /([@#])(?=[A-Za-z0-9])/g
/** Where a long code token may wrap: after these characters. */
const BREAK_AFTER = /(?<=[/_.\-:=,&@+])/
/** Code tokens longer than this get wrap points. */
const WRAP_AT = 20

/** `text` cut to `max` characters (code points), with an ellipsis. */
export function clip(text: string, max = TEXT_MAX): string {
  // Code points never outnumber UTF-16 units: most text needs no counting.
  if (text.length <= max) return text
  const chars = Array.from(text)
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`
}

/** One line, clipped, with controls blanked and bidi overrides replaced. */
function clean(text: string, max = TEXT_MAX): string {
  return clip(text, max)
    .replace(UNSAFE_CHARS, ' ')
    .replace(BIDI_CHARS, '\ufffd')
}

function escapeMarkdown(text: string): string {
  return text.replace(MARKDOWN_SPECIAL, (c) => `\\${c}`)
}

function escapeHtml(text: string): string {
  return text.replace(HTML_SPECIAL, (c) => HTML_ENTITIES[c] ?? c)
}

/** A zero-width space after `@`/`#` so nobody is pinged, nothing linked. */
function breakReferences(text: string): string {
  return text.replace(REFERENCE, '$1\u200b')
}

/**
 * Pieces of a code token that may wrap between them: long unbroken runs
 * would widen a table past the page, so they get `<wbr>` points after
 * separators, and every WRAP_AT characters when there are none.
 */
function wrapPieces(text: string): string[] {
  const pieces: string[] = []
  let pending = ''
  for (const token of text.split(/(\s+)/)) {
    if (Array.from(token).length <= WRAP_AT) {
      pending += token
      continue
    }
    const parts: string[] = []
    for (const part of token.split(BREAK_AFTER)) {
      const chars = Array.from(part)
      for (let i = 0; i < chars.length; i += WRAP_AT)
        parts.push(chars.slice(i, i + WRAP_AT).join(''))
    }
    parts[0] = `${pending}${parts[0] ?? ''}`
    pending = parts.pop() ?? ''
    pieces.push(...parts)
  }
  pieces.push(pending)
  return pieces
}

/** Plain text in markdown: a paragraph, a list item or a table cell. */
export function mdText(text: string, max = TEXT_MAX): string {
  return breakReferences(escapeMarkdown(clean(text, max)))
}

/**
 * Literal text in a `<code>` element, in markdown. GitHub does not resolve
 * mentions, references or emoji inside code; markdown is still escaped
 * because inline HTML does not stop markdown parsing of its content.
 */
export function mdCode(text: string, max = TEXT_MAX): string {
  const pieces = wrapPieces(clean(text, max)).map(escapeMarkdown)
  return `<code>${pieces.join('<wbr>')}</code>`
}

/** Plain text inside an HTML block (no markdown there: entities only). */
export function htmlText(text: string, max = TEXT_MAX): string {
  return breakReferences(escapeHtml(clean(text, max)))
}

/** Literal text in a `<code>` element inside an HTML block. */
export function htmlCode(text: string, max = TEXT_MAX): string {
  const pieces = wrapPieces(clean(text, max)).map(escapeHtml)
  return `<code>${pieces.join('<wbr>')}</code>`
}

/**
 * A finding message or hint in markdown: `backtick` spans become code, the
 * rest plain text.
 */
export function mdRich(text: string, max = TEXT_MAX): string {
  const parts = clip(text, max).split('`')
  if (parts.length % 2 === 0) return mdText(text, max)
  return parts
    .map((part, index) =>
      index % 2 === 1 ? mdCode(part, max) : part === '' ? '' : mdText(part, max)
    )
    .join('')
}

/**
 * A fenced code block whose fence no line of `text` can close. For text
 * that is not markdown at all (JSON, shell).
 */
export function fencedBlock(text: string, info = ''): string[] {
  const longest = Math.max(
    2,
    ...Array.from(text.matchAll(/`+/g), (m) => m[0].length)
  )
  const fence = '`'.repeat(longest + 1)
  const body = text.replace(UNSAFE_CHARS, (c) => (c === '\n' ? c : ' '))
  return [`${fence}${info}`, ...body.split('\n'), fence]
}

/** A link whose target cannot end early or carry markup. */
export function mdLink(label: string, href: string): string {
  const safe = href
    .replace(/[\s<>"'`]/g, (c) => encodeURIComponent(c))
    .replace(/\(/g, '%28')
    .replace(/\)/g, '%29')
  return `[${mdText(label)}](${safe})`
}

/** How many bytes `text` takes in UTF-8 (GitHub counts summaries in bytes). */
export function utf8Length(text: string): number {
  // One byte a UTF-16 unit, plus one more below U+0800, two more up to
  // U+FFFF (a lone surrogate too, as it is written U+FFFD), and two more
  // for a surrogate pair (four bytes for its two units).
  let bytes = text.length
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i)
    if (unit < 0x80) continue
    if (unit < 0x800) bytes += 1
    else if (
      unit >= 0xd800 &&
      unit <= 0xdbff &&
      (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00
    ) {
      bytes += 2
      i++
    } else bytes += 2
  }
  return bytes
}

/** `count word(s)`. */
export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`
}
