/**
 * What Airflow's secrets masker hides: the sensitive field names, and the
 * parts of a connection (password forms, values under sensitive extra keys)
 * it registers for masking.
 */
import { quote } from './python/urllib.js'
import { type PyValue, isPyDict } from './python/value.js'

/** Airflow's DEFAULT_SENSITIVE_FIELDS (secrets_masker). */
export const SENSITIVE_FIELDS = [
  'access_token',
  'api_key',
  'apikey',
  'authorization',
  'passphrase',
  'passwd',
  'password',
  'private_key',
  'secret',
  'token',
  'keyfile_dict',
  'service_account'
] as const

/** Airflow's `should_hide_value_for_key`. */
export function isSensitiveKey(name: string): boolean {
  const key = name.trim().toLowerCase()
  return SENSITIVE_FIELDS.some((field) => key.includes(field))
}

/** Every string leaf of a JSON value (for masking under a sensitive key). */
export function stringLeaves(value: PyValue, into: string[] = []): string[] {
  if (typeof value === 'string') into.push(value)
  else if (typeof value === 'bigint' || typeof value === 'number')
    into.push(String(value))
  else if (Array.isArray(value))
    for (const item of value) stringLeaves(item, into)
  else if (isPyDict(value))
    for (const item of value.values()) stringLeaves(item, into)
  return into
}

/** The values under sensitive keys of an extra, as Airflow's masker walks it. */
export function sensitiveExtraValues(
  extra: PyValue,
  into: string[] = []
): string[] {
  if (isPyDict(extra)) {
    for (const [key, item] of extra)
      if (isSensitiveKey(key)) stringLeaves(item, into)
      else sensitiveExtraValues(item, into)
  } else if (Array.isArray(extra))
    for (const item of extra) sensitiveExtraValues(item, into)
  return into
}

/**
 * The forms of a password Airflow masks (raw and URL-quoted), plus the
 * quote_plus form a query string would carry.
 */
export function passwordForms(password: PyValue): string[] {
  if (typeof password !== 'string' || password === '') return []
  const forms = [password]
  try {
    forms.push(quote(password), quote(password, ''))
  } catch {
    // A password that cannot be quoted has no quoted form to mask.
  }
  return [...new Set(forms)]
}
