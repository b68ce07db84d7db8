/**
 * The runner toolkit the action uses: workflow
 * commands on stdout, file commands (GITHUB_OUTPUT, GITHUB_ENV), the job
 * summary, inputs and the OIDC token, written to the runner's protocol
 * exactly as @actions/core 3 writes them (same escaping, same delimiters,
 * same checks and messages), with the same names and signatures.
 *
 * Why not @actions/core itself: importing it loads its HTTP client and
 * undici, about 60 ms of CPU and 19 MB of memory at every start, before the
 * first request can leave; the OIDC token is one GET. A differential test
 * (__tests__/unit/adapters/toolkit.test.ts) runs both on the same calls.
 */
import { randomUUID } from 'node:crypto'
import { appendFileSync, existsSync } from 'node:fs'
import { access, appendFile, constants, writeFile } from 'node:fs/promises'
import * as http from 'node:http'
import * as https from 'node:https'
import { EOL } from 'node:os'
import type { ProxyEnv } from '../../core/aws/proxy-rules.js'
import { proxyForScheme } from '../../core/aws/proxy-rules.js'
import {
  TunnelHttpAgent,
  TunnelHttpsAgent,
  parseProxyUrl
} from '../aws/proxy-agent.js'

/** Where an annotation points (the toolkit's AnnotationProperties). */
export interface AnnotationProperties {
  readonly title?: string
  readonly file?: string
  readonly startLine?: number
  readonly endLine?: number
  readonly startColumn?: number
  readonly endColumn?: number
}

/** getInput's options. */
export interface InputOptions {
  readonly required?: boolean
  readonly trimWhitespace?: boolean
}

/**
 * Log lines waiting to be written. A run masks every value it reads (an
 * add-mask line or more a secret), and a write a line costs a system call
 * each; lines are kept in order and written together once the current
 * synchronous work is done (before any I/O callback runs), and at exit.
 * Nothing else in the action writes to stdout.
 */
let pending = ''

function write(text: string): void {
  if (pending === '') queueMicrotask(flush)
  pending += text
}

/** Writes the pending log lines now. */
export function flush(): void {
  if (pending === '') return
  const text = pending
  pending = ''
  process.stdout.write(text)
}

process.once('exit', flush)

/** A value as a command carries it: strings as they are, others as JSON. */
function toCommandValue(input: unknown): string {
  if (input === null || input === undefined) return ''
  if (typeof input === 'string' || input instanceof String) return String(input)
  return JSON.stringify(input)
}

const escapeData = (value: unknown): string =>
  toCommandValue(value)
    .replace(/%/g, '%25')
    .replace(/\r/g, '%0D')
    .replace(/\n/g, '%0A')

const escapeProperty = (value: unknown): string =>
  toCommandValue(value)
    .replace(/%/g, '%25')
    .replace(/\r/g, '%0D')
    .replace(/\n/g, '%0A')
    .replace(/:/g, '%3A')
    .replace(/,/g, '%2C')

type CommandProperties = Readonly<Record<string, unknown>>

/** `::command key=value,...::message` on stdout. */
function issueCommand(
  command: string,
  properties: CommandProperties,
  message: unknown
): void {
  let text = `::${command}`
  const set = Object.entries(properties).filter(([, value]) => Boolean(value))
  if (Object.keys(properties).length > 0) {
    text += ' '
    text += set
      .map(([key, value]) => `${key}=${escapeProperty(value)}`)
      .join(',')
  }
  write(`${text}::${escapeData(message)}${EOL}`)
}

function toCommandProperties(
  properties: AnnotationProperties
): CommandProperties {
  if (Object.keys(properties).length === 0) return {}
  return {
    title: properties.title,
    file: properties.file,
    line: properties.startLine,
    endLine: properties.endLine,
    col: properties.startColumn,
    endColumn: properties.endColumn
  }
}

/** Appends one entry to the file GITHUB_<command> names. */
function issueFileCommand(command: string, message: string): void {
  const path = process.env[`GITHUB_${command}`]
  if (!path)
    throw new Error(
      `Unable to find environment variable for file command ${command}`
    )
  if (!existsSync(path)) throw new Error(`Missing file at path: ${path}`)
  appendFileSync(path, `${message}${EOL}`, { encoding: 'utf8' })
}

/** `name<<delimiter`, the value, the delimiter: a random one each time. */
function keyValueMessage(key: string, value: unknown): string {
  const delimiter = `ghadelimiter_${randomUUID()}`
  const converted = toCommandValue(value)
  if (key.includes(delimiter))
    throw new Error(
      `Unexpected input: name should not contain the delimiter "${delimiter}"`
    )
  if (converted.includes(delimiter))
    throw new Error(
      `Unexpected input: value should not contain the delimiter "${delimiter}"`
    )
  return `${key}<<${delimiter}${EOL}${converted}${EOL}${delimiter}`
}

/** Sets a step output (GITHUB_OUTPUT, else the set-output command). */
export function setOutput(name: string, value: unknown): void {
  if (process.env.GITHUB_OUTPUT) {
    issueFileCommand('OUTPUT', keyValueMessage(name, value))
    return
  }
  write(EOL)
  issueCommand('set-output', { name }, toCommandValue(value))
}

/** Sets an env variable for this and later steps (GITHUB_ENV). */
export function exportVariable(name: string, value: unknown): void {
  const converted = toCommandValue(value)
  process.env[name] = converted
  if (process.env.GITHUB_ENV) {
    issueFileCommand('ENV', keyValueMessage(name, value))
    return
  }
  issueCommand('set-env', { name }, converted)
}

/** Masks `secret` in the rest of the job's logs. */
export function setSecret(secret: string): void {
  issueCommand('add-mask', {}, secret)
}

/** An input (INPUT_<NAME>), trimmed unless asked not to. */
export function getInput(name: string, options?: InputOptions): string {
  const value =
    process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? ''
  if (options?.required && !value)
    throw new Error(`Input required and not supplied: ${name}`)
  if (options?.trimWhitespace === false) return value
  return value.trim()
}

/** Whether the runner runs with debug logging (RUNNER_DEBUG=1). */
export function isDebug(): boolean {
  return process.env.RUNNER_DEBUG === '1'
}

/** A debug line (shown only with debug logging). */
export function debug(message: string): void {
  issueCommand('debug', {}, message)
}

const annotationText = (message: string | Error): string =>
  message instanceof Error ? message.toString() : message

/** An error annotation. */
export function error(
  message: string | Error,
  properties: AnnotationProperties = {}
): void {
  issueCommand(
    'error',
    toCommandProperties(properties),
    annotationText(message)
  )
}

/** A warning annotation. */
export function warning(
  message: string | Error,
  properties: AnnotationProperties = {}
): void {
  issueCommand(
    'warning',
    toCommandProperties(properties),
    annotationText(message)
  )
}

/** A notice annotation. */
export function notice(
  message: string | Error,
  properties: AnnotationProperties = {}
): void {
  issueCommand(
    'notice',
    toCommandProperties(properties),
    annotationText(message)
  )
}

/** A log line. */
export function info(message: string): void {
  write(message + EOL)
}

/** Fails the step: exit code 1 and an error annotation. */
export function setFailed(message: string | Error): void {
  process.exitCode = 1
  error(message)
}

/** Opens a collapsible log group. */
export function startGroup(name: string): void {
  issueCommand('group', {}, name)
}

/** Closes the log group. */
export function endGroup(): void {
  issueCommand('endgroup', {}, '')
}

/** Runs `fn` inside a log group. */
export async function group<T>(name: string, fn: () => Promise<T>): Promise<T> {
  startGroup(name)
  try {
    return await fn()
  } finally {
    endGroup()
  }
}

/** The job summary (GITHUB_STEP_SUMMARY): text is buffered, then written. */
class Summary {
  #buffer = ''
  #path: string | undefined

  async #filePath(): Promise<string> {
    if (this.#path !== undefined) return this.#path
    const path = process.env.GITHUB_STEP_SUMMARY
    if (!path)
      throw new Error(
        'Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.'
      )
    try {
      await access(path, constants.R_OK | constants.W_OK)
    } catch {
      throw new Error(
        `Unable to access summary file: '${path}'. Check if the file has correct read/write permissions.`
      )
    }
    this.#path = path
    return path
  }

  /** Adds text, and a line end when `addEOL`. */
  addRaw(text: string, addEOL = false): this {
    this.#buffer += text
    if (addEOL) this.#buffer += EOL
    return this
  }

  /** Appends the buffer to the summary file (or replaces it) and clears it. */
  async write(options?: { readonly overwrite?: boolean }): Promise<this> {
    const path = await this.#filePath()
    const write = options?.overwrite ? writeFile : appendFile
    await write(path, this.#buffer, { encoding: 'utf8' })
    this.#buffer = ''
    return this
  }
}

/** The job summary. */
export const summary = new Summary()

/** The most a token answer may hold: a JWT is a few kilobytes. */
const MAX_TOKEN_ANSWER = 1024 * 1024
const RETRY_STATUSES = [502, 503, 504]
const REDIRECT_STATUSES = [301, 302, 303, 307, 308]
const MAX_RETRIES = 10
const MAX_REDIRECTS = 50

interface Answer {
  readonly status: number
  readonly location: string | undefined
  readonly body: string
}

/** One GET; the answer's body is read whole (bounded). */
function get(url: URL, headers: http.OutgoingHttpHeaders): Promise<Answer> {
  const env: ProxyEnv = process.env
  const secure = url.protocol === 'https:'
  const proxy = proxyForScheme(url.protocol, env)
  const tunnel = proxy === '' ? undefined : { proxy: parseProxyUrl(proxy), env }
  const agent = tunnel
    ? secure
      ? new TunnelHttpsAgent(tunnel)
      : new TunnelHttpAgent(tunnel)
    : undefined
  return new Promise((resolve, reject) => {
    const request = (secure ? https : http).get(
      url,
      { headers, ...(agent ? { agent } : {}) },
      (response) => {
        let body = ''
        let size = 0
        response.setEncoding('utf8')
        response.on('data', (chunk: string) => {
          size += chunk.length
          if (size > MAX_TOKEN_ANSWER) {
            response.destroy(
              new Error('the answer is larger than a token can be')
            )
            return
          }
          body += chunk
        })
        response.on('error', reject)
        response.on('end', () => {
          resolve({
            status: response.statusCode ?? 0,
            location: response.headers.location,
            body
          })
        })
      }
    )
    request.on('error', reject)
  })
}

/** A failed token request, as @actions/core words it. */
function tokenError(status: number | undefined, message: string): Error {
  return new Error(
    `Failed to get ID Token.${status === undefined ? '' : ` Error Code : ${status}`} Error Message: ${message}`
  )
}

/** The answer's `value`, or why there is none (as @actions/http-client reads it). */
function tokenOf(answer: Answer): string {
  let json: unknown = null
  try {
    json = answer.body.length > 0 ? JSON.parse(answer.body) : null
  } catch {
    json = null
  }
  const field = (name: string): unknown =>
    typeof json === 'object' && json !== null
      ? (json as Record<string, unknown>)[name]
      : undefined
  if (answer.status > 299 && answer.status !== 404) {
    const message = field('message')
    throw tokenError(
      answer.status,
      message
        ? toCommandValue(message)
        : answer.body.length > 0
          ? answer.body
          : `Failed request: (${answer.status})`
    )
  }
  const value = answer.status === 404 ? undefined : field('value')
  if (!value) throw new Error('Response json body do not have ID Token field')
  return toCommandValue(value)
}

/** An error's message, from any realm. */
const messageOf = (failure: unknown): string =>
  typeof failure === 'object' &&
  failure !== null &&
  'message' in failure &&
  typeof failure.message === 'string'
    ? failure.message
    : String(failure)

const sleep = (ms: number): Promise<void> =>
  new Promise((resolve) => setTimeout(resolve, ms))

/**
 * The job's OIDC token for `audience` from the runner's token service
 * (ACTIONS_ID_TOKEN_REQUEST_URL with the request token as bearer), masked
 * before it is returned. Like @actions/core: 502/503/504 are retried up to
 * 10 times (10 ms, 20 ms, ... backoff), redirects followed (the bearer
 * only to the same host, never from https to http), HTTPS_PROXY/NO_PROXY
 * honoured. Errors start with `Error message: `, as the toolkit's do.
 */
export async function getIDToken(audience?: string): Promise<string> {
  try {
    const base = process.env.ACTIONS_ID_TOKEN_REQUEST_URL
    if (!base)
      throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable')
    const address = audience
      ? `${base}&audience=${encodeURIComponent(audience)}`
      : base
    debug(`ID token url is ${address}`)
    const bearer = process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN
    if (!bearer)
      throw new Error(
        'Unable to get ACTIONS_ID_TOKEN_REQUEST_TOKEN env variable'
      )
    const first = new URL(address)
    let answer: Answer | undefined
    for (let attempt = 0; attempt <= MAX_RETRIES; attempt++) {
      let url = first
      const headers: http.OutgoingHttpHeaders = {
        accept: 'application/json',
        'user-agent': 'actions/oidc-client',
        authorization: `Bearer ${bearer}`
      }
      try {
        answer = await get(url, headers)
        for (
          let redirects = 0;
          REDIRECT_STATUSES.includes(answer.status) &&
          answer.location !== undefined &&
          redirects < MAX_REDIRECTS;
          redirects++
        ) {
          const next = new URL(answer.location, url)
          if (url.protocol === 'https:' && next.protocol !== 'https:')
            throw new Error(
              'Redirect from HTTPS to HTTP protocol. This downgrade is not allowed for security reasons.'
            )
          if (next.hostname !== url.hostname) delete headers.authorization
          url = next
          answer = await get(url, headers)
        }
      } catch (failure) {
        throw tokenError(undefined, messageOf(failure))
      }
      if (!RETRY_STATUSES.includes(answer.status)) break
      if (attempt < MAX_RETRIES) await sleep(5 * 2 ** Math.min(10, attempt + 1))
    }
    const token = tokenOf(answer as Answer)
    setSecret(token)
    return token
  } catch (failure) {
    throw new Error(`Error message: ${messageOf(failure)}`, { cause: failure })
  }
}
