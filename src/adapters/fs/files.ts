import { randomBytes } from 'node:crypto'
import { rmSync } from 'node:fs'
import { open, readdir, rename, rm, stat, writeFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { InputError } from '../../core/errors.js'

/** Temp files written but not yet renamed: removed if the process is killed. */
const pending = new Set<string>()
let cleanupInstalled = false

/**
 * On SIGTERM or SIGINT, removes the temp files in flight, then lets the
 * signal end the process as it would have.
 */
function installSignalCleanup(): void {
  if (cleanupInstalled) return
  cleanupInstalled = true
  for (const signal of ['SIGTERM', 'SIGINT'] as const)
    process.once(signal, () => {
      for (const temp of pending) rmSync(temp, { force: true })
      pending.clear()
      process.kill(process.pid, signal)
    })
}

/** A temp file name of `target` (`.<name>.<12 hex>.tmp`), ours or a killed run's. */
function isTempOf(target: string, entry: string): boolean {
  const name = basename(target)
  return (
    entry.startsWith(`.${name}.`) &&
    /^\.[0-9a-f]{12}\.tmp$/.test(entry.slice(name.length + 1))
  )
}

/** Removes temp files a killed earlier run left beside `target`. */
async function removeStaleTemps(target: string): Promise<void> {
  const folder = dirname(target)
  const entries = await readdir(folder).catch(() => [] as string[])
  await Promise.all(
    entries
      .filter((entry) => isTempOf(target, entry))
      .map((entry) =>
        rm(join(folder, entry), { force: true }).catch(() => undefined)
      )
  )
}

/**
 * Throws the `file-unwritable` error when the folder of `path` does not
 * exist or is not a folder; run before any work whose result would be lost.
 */
export async function assertFolderOf(
  path: string,
  input: string
): Promise<void> {
  const folder = dirname(path)
  const info = await stat(folder).catch(() => null)
  if (!info?.isDirectory())
    throw new InputError(
      input,
      info
        ? `Cannot write ${input} ${path}: ${folder} is a file, not a folder; choose another path.`
        : `Cannot write ${input} ${path}: the folder ${folder} does not exist; create it first or choose another path.`,
      'file-unwritable'
    )
}

/**
 * Writes a file whole or not at all: a temp file beside it (mode 0600
 * unless `options.mode`), then a rename. `input` names the setting to blame
 * when it cannot be written. Temp files of a killed earlier run are removed
 * first; a SIGTERM/SIGINT during the write removes this one.
 */
export async function writeFileAtomic(
  path: string,
  text: string,
  input: string,
  options: { readonly mode?: number } = {}
): Promise<void> {
  await assertFolderOf(path, input)
  await removeStaleTemps(path)
  installSignalCleanup()
  const folder = dirname(path)
  const temp = join(
    folder,
    `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`
  )
  pending.add(temp)
  try {
    await writeFile(temp, text, { mode: options.mode ?? 0o600, flag: 'wx' })
    await rename(temp, path)
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined)
    const code = (error as NodeJS.ErrnoException).code ?? 'error'
    const reason =
      code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
        ? 'the folder is not writable'
        : code === 'EISDIR'
          ? 'it is a folder'
          : code
    throw new InputError(
      input,
      `Cannot write ${input} ${path}: ${reason}.`,
      'file-unwritable'
    )
  } finally {
    pending.delete(temp)
  }
}

/** A file's text, or null with the bytes seen when it is over the limit. */
export interface BoundedText {
  readonly text: string | null
  /** Bytes read, or the file's size when it was not read. */
  readonly size: number
}

/**
 * Reads a file's UTF-8 text, at most `maxBytes`: a regular file larger than
 * that is not read at all, and anything else (a device, a pipe, a file that
 * grows) is read only up to one byte past the limit. Never holds more than
 * `maxBytes + 1` bytes, whatever the file is (`/dev/zero` included).
 */
export async function readTextBounded(
  path: string,
  maxBytes: number
): Promise<BoundedText> {
  const handle = await open(path, 'r')
  try {
    const info = await handle.stat()
    if (info.isFile() && info.size > maxBytes)
      return { text: null, size: info.size }
    const chunks: Buffer[] = []
    let size = 0
    for (;;) {
      const room = Math.min(1024 * 1024, maxBytes + 1 - size)
      const chunk = Buffer.alloc(room)
      const { bytesRead } = await handle.read(chunk, 0, room, null)
      if (bytesRead === 0) break
      chunks.push(chunk.subarray(0, bytesRead))
      size += bytesRead
      if (size > maxBytes) return { text: null, size }
    }
    return { text: Buffer.concat(chunks, size).toString('utf8'), size }
  } finally {
    await handle.close()
  }
}
