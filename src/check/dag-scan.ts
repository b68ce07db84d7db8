/**
 * The DAG scan: which connection and variable ids the DAG code uses that the
 * manifest does not declare. Warnings only; the gate never fails on it.
 */
import { stat } from 'node:fs/promises'
import { readDagFiles } from '../adapters/fs/dag-files.js'
import { type DiscoveredItem, discover } from '../core/gate/discover.js'

export interface DagScanRequest {
  /** The folder (absolute), or null for no scan. */
  readonly folder: string | null
  /** True when the folder was given by the user: then it must exist. */
  readonly required: boolean
  /** DAG file paths are shown relative to it. */
  readonly base: string
  readonly declared: {
    readonly connections: ReadonlySet<string>
    readonly variables: ReadonlySet<string>
  }
}

export interface DagScan {
  readonly filesScanned: number
  readonly missing: readonly DiscoveredItem[]
  /** Folders and files not read, one line each naming the path and why. */
  readonly skipped: readonly string[]
}

const NONE: DagScan = { filesScanned: 0, missing: [], skipped: [] }

/**
 * Scans the DAG folder (or one file). A missing default folder means there is
 * nothing to scan; a missing folder the user named is an error.
 */
export async function scanDags(request: DagScanRequest): Promise<DagScan> {
  if (request.folder === null) return NONE
  if (!request.required) {
    const info = await stat(request.folder).catch(() => null)
    if (!info?.isDirectory()) return NONE
  }
  const { files, skipped } = await readDagFiles(request.folder, request.base)
  const result = discover(files, request.declared)
  return {
    filesScanned: result.filesScanned,
    missing: result.missing,
    skipped
  }
}
