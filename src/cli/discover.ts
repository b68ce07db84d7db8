/**
 * `astro-secrets-gate discover`: the connection ids and variable keys the
 * DAG code uses, compared with the manifest of the Astro project the
 * scanned folder belongs to; `--write` adds the missing ones, leaving every
 * other byte of the manifest as it was.
 */
import {
  DEFAULT_MANIFEST,
  MAX_MANIFEST_BYTES,
  findProjectManifest,
  inFolder
} from '../check/manifest-file.js'
import { stat } from 'node:fs/promises'
import { relative, resolve } from 'node:path'
import { readTextBounded, writeFileAtomic } from '../adapters/fs/files.js'
import { readDagFiles } from '../adapters/fs/dag-files.js'
import { InputError } from '../core/errors.js'
import { discover } from '../core/gate/discover.js'
import type { DiscoveredItem } from '../core/gate/discover.js'
import {
  addIdsToManifest,
  readDeclaredIds
} from '../core/gate/manifest-edit.js'
import { BIN, formatCommandHelp, parseCommandArgs } from './args.js'
import type { CommandSpec } from './args.js'
import type { Command } from './io.js'
import { EXIT } from './io.js'
import { plural } from '../core/render/markdown.js'
import {
  painter,
  renderTable,
  terminalWidth,
  useColor,
  wrapText,
  writeJson
} from './style.js'

export const discoverSpec = {
  name: 'discover',
  summary: 'Find the connection ids and variable keys your DAG code uses',
  description: [
    'Scans Python files for conn_id= and *_conn_id= arguments,',
    'BaseHook.get_connection, Connection.get, Variable.get, and Jinja',
    'templates ({{ var.value.x }}, {{ var.json.x }}, {{ conn.x }}) in Python',
    'strings and template files. Ids computed at run time are listed as',
    'dynamic, not checked. Exits 1 when the manifest lacks a used id',
    '(unless --write adds them), 0 otherwise.'
  ].join('\n'),
  options: {
    manifest: {
      type: 'string',
      short: 'm',
      value: '<file>',
      description:
        'Manifest to compare with (default: the manifest of the Astro project the folder is in, found by walking up to a folder with a manifest, a Dockerfile or .astro; else airflow-secrets.yml here)'
    },
    write: {
      type: 'boolean',
      description: 'Add the missing ids to the manifest, keeping its comments'
    },
    json: { type: 'boolean', description: 'Print the result as JSON' }
  },
  positionals: [
    {
      name: 'dags-folder',
      description: 'Folder (or file) to scan (default: dags)',
      optional: true
    }
  ],
  examples: [
    `${BIN} discover`,
    `${BIN} discover dags/ --manifest airflow-secrets.yml`,
    `${BIN} discover dags/ --write`,
    `${BIN} discover --json | jq '.missing[].id'`
  ]
} as const satisfies CommandSpec

const usesText = (item: DiscoveredItem): string => {
  const first = item.uses[0]
  if (!first) return ''
  const more = item.uses.length > 1 ? ` (+${item.uses.length - 1} more)` : ''
  return `${first.file}:${first.line}${more}`
}

/** `astro-secrets-gate discover [dags-folder]`. */
export const discoverCommand: Command = async (args, io) => {
  const parsed = parseCommandArgs(discoverSpec, args)
  if (parsed.help) {
    io.stdout.write(formatCommandHelp(discoverSpec))
    return EXIT.ok
  }
  const folderArg = parsed.positionals[0] ?? 'dags'
  const folderPath = resolve(io.cwd, folderArg)
  // Without --manifest, the manifest of the Astro project the scanned
  // folder is in (walking up from it), else airflow-secrets.yml here.
  const project =
    parsed.values.manifest === undefined
      ? await findProjectManifest(folderPath, io.cwd)
      : null
  const manifestPath =
    parsed.values.manifest !== undefined
      ? resolve(io.cwd, parsed.values.manifest)
      : (project?.path ?? inFolder(io.cwd, DEFAULT_MANIFEST))
  const manifestArg = relative(io.cwd, manifestPath) || manifestPath
  const manifestInfo = await stat(manifestPath).catch(() => null)
  if (manifestInfo?.isDirectory() === true)
    throw new InputError(
      'manifest',
      `${manifestArg} is a folder; give the path of the manifest file with --manifest`
    )
  const manifestText = manifestInfo
    ? await readTextBounded(manifestPath, MAX_MANIFEST_BYTES).then(
        (read) => {
          if (read.text !== null) return read.text
          throw new InputError(
            'manifest',
            `the manifest ${manifestArg} is over 4 MiB; manifests are limited to 4 MiB`
          )
        },
        (error: unknown) => {
          throw new InputError(
            'manifest',
            `cannot read the manifest ${manifestArg} (${(error as NodeJS.ErrnoException).code ?? 'unreadable'})`
          )
        }
      )
    : undefined
  const declared =
    manifestText === undefined
      ? { connections: new Set<string>(), variables: new Set<string>() }
      : readDeclaredIds(manifestText, manifestArg)
  const { files, skipped } = await readDagFiles(folderPath, io.cwd)
  for (const line of skipped) io.stderr.write(`warning: skipped ${line}\n`)
  const result = discover(files, declared)

  let written = false
  if (parsed.values.write === true && result.missing.length > 0) {
    const updated = addIdsToManifest(
      manifestText ?? 'connections: {}\nvariables: {}\n',
      result.missing
    )
    await writeFileAtomic(manifestPath, updated, '--manifest', {
      mode: manifestInfo ? manifestInfo.mode & 0o777 : 0o644
    })
    written = true
  }

  if (parsed.values.json === true) {
    writeJson(io, {
      folder: folderArg,
      manifest: manifestText === undefined ? null : manifestArg,
      filesScanned: result.filesScanned,
      items: result.items,
      missing: result.missing.map(({ kind, id, json }) => ({ kind, id, json })),
      dynamic: result.dynamic,
      written
    })
  } else {
    const paint = painter(useColor(io))
    const width = terminalWidth(io)
    const why =
      parsed.values.manifest !== undefined
        ? ''
        : project === null
          ? ' (no Astro project above the scanned folder: the current folder)'
          : project.root === io.cwd
            ? ''
            : project.exists
              ? ` (the nearest one above ${folderArg})`
              : ` (the Astro project of ${folderArg}, marked by its ${project.marker})`
    for (const line of wrapText(
      `Manifest ${manifestArg}${manifestText === undefined ? ', not there yet' : ''}${why}.`,
      width,
      2
    ))
      io.stdout.write(`${line}\n`)
    if (result.items.length > 0)
      io.stdout.write(
        renderTable(
          ['KIND', 'ID', 'MANIFEST', 'USED AT'],
          result.items.map((item) => [
            item.kind + (item.json ? ' (json)' : ''),
            item.id,
            item.declared
              ? paint.green('declared')
              : written
                ? paint.yellow('added')
                : paint.red('missing'),
            usesText(item)
          ]),
          paint,
          { maxWidth: width, minWidths: [10, 16, 8, 12] }
        )
      )
    for (const ref of result.dynamic)
      for (const line of wrapText(
        `info: ${ref.file}:${ref.line}: ${ref.kind} id from ${ref.via} ${ref.expression} is dynamic, not checked`,
        width,
        2
      ))
        io.stdout.write(`${paint.dim(line)}\n`)
    const connections = result.items.filter((i) => i.kind === 'connection')
    const summary = `${plural(connections.length, 'connection')} and ${plural(result.items.length - connections.length, 'variable')} in ${plural(result.filesScanned, 'file')}`
    const outcome =
      manifestText === undefined && !written
        ? `no manifest at ${manifestArg} (run with --write to create it)`
        : result.missing.length === 0
          ? `all declared in ${manifestArg}`
          : written
            ? `added ${result.missing.length} to ${manifestArg}`
            : `${result.missing.length} missing from ${manifestArg} (add ${result.missing.length === 1 ? 'it' : 'them'}, or run with --write)`
    for (const line of wrapText(`${summary}; ${outcome}`, width, 2))
      io.stdout.write(`${line}\n`)
  }
  return result.missing.length > 0 && !written ? EXIT.findings : EXIT.ok
}
