import { randomBytes } from 'node:crypto'
import { rename, rm, stat, writeFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { InputError } from '../../core/errors.js'

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
 * Writes a file whole or not at all: a temp file beside it, mode 0600, then
 * a rename. `input` names the setting to blame when it cannot be written.
 */
export async function writeFileAtomic(
  path: string,
  text: string,
  input: string
): Promise<void> {
  await assertFolderOf(path, input)
  const folder = dirname(path)
  const temp = join(
    folder,
    `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`
  )
  try {
    await writeFile(temp, text, { mode: 0o600, flag: 'wx' })
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
  }
}
