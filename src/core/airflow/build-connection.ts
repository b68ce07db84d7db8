/**
 * The one way to build the Connection Airflow builds from a value: the
 * value, where it came from (its origin), the release profile and the
 * conn_id. The gate, `explain` and the golden tests all call this.
 */
import {
  type AirflowConnection,
  connectionFromJson,
  connectionFromUri,
  deserializeConnection
} from './connection.js'
import { PROFILE_INFO, type Profile } from './profiles.js'
import { pyJsonLoads } from './python/json.js'
import {
  type BackendSettings,
  standardizeConnectionSecret
} from './secrets-manager.js'

/**
 * Where a connection value comes from, which decides how Airflow reads it:
 * - `secretsmanager`: the Amazon backend standardises JSON keys, then the
 *   secrets layer strips the value and picks JSON (`{`) or URI;
 * - `env`: what any other backend hands over (`AIRFLOW_CONN_*`, a `.env`):
 *   stripped, JSON when it starts with `{`, no key standardisation;
 * - `uri`: `Connection(uri=value)` as is, e.g. a string in a local
 *   `connections.json`/`.yaml`/`.env` file, even when it looks like JSON;
 * - `json`: `Connection.from_json(value)`, e.g. a mapping in a local file;
 * - `direct`: `from_json` when the value starts with `{`, else
 *   `Connection(uri=value)`, without stripping.
 */
export type ConnectionOrigin =
  | {
      readonly via: 'secretsmanager'
      readonly settings: Pick<
        BackendSettings,
        'extraConnWords' | 'secretValuesUrlencoded'
      >
    }
  | { readonly via: 'env' | 'uri' | 'json' | 'direct' }

export type BuiltConnection =
  | { readonly found: false }
  | {
      readonly found: true
      readonly conn: AirflowConnection
    }

/**
 * The Connection `profile` builds from `value` read from `origin`, or
 * `found: false` when Airflow treats the value as absent (an empty value).
 * Throws PyError carrying the exception Airflow raises.
 */
export function buildConnection(
  value: string,
  origin: ConnectionOrigin,
  profile: Profile,
  connId: string
): BuiltConnection {
  const engines = PROFILE_INFO[profile]
  switch (origin.via) {
    case 'secretsmanager': {
      const standardized = standardizeConnectionSecret(
        value,
        origin.settings,
        pyJsonLoads
      )
      // get_connection: a falsy value is "not found" in this backend.
      if (standardized === '') return { found: false }
      return {
        found: true,
        conn: deserializeConnection(standardized, engines, connId)
      }
    }
    case 'env':
      if (value === '') return { found: false }
      return {
        found: true,
        conn: deserializeConnection(value, engines, connId)
      }
    case 'uri':
      return {
        found: true,
        conn: connectionFromUri(value, engines.uri, connId)
      }
    case 'json':
      return {
        found: true,
        conn: connectionFromJson(value, engines.json, connId)
      }
    case 'direct':
      return {
        found: true,
        conn: value.startsWith('{')
          ? connectionFromJson(value, engines.json, connId)
          : connectionFromUri(value, engines.uri, connId)
      }
  }
}
