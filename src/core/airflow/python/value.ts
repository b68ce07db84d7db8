/**
 * A value as Python's `json` module sees it. Ints are `bigint` (Python ints
 * have arbitrary precision), floats are `number` (NaN and ±Infinity
 * included), and objects are `PyDict`: a Map keeps Python's key order, which a
 * plain JS object would not (integer-like keys move to the front).
 */
export type PyValue =
  null | boolean | bigint | number | string | PyValue[] | PyDict

export type PyDict = Map<string, PyValue>

export const isPyDict = (value: PyValue): value is PyDict =>
  value instanceof Map

export const isPyList = (value: PyValue): value is PyValue[] =>
  Array.isArray(value)

/** Python truthiness. */
export function pyTruthy(value: PyValue): boolean {
  if (value === null || value === false) return false
  if (typeof value === 'bigint') return value !== 0n
  if (typeof value === 'number') return value !== 0
  if (typeof value === 'string' || Array.isArray(value)) return value.length > 0
  if (value instanceof Map) return value.size > 0
  return true
}

/** The name Python's `type(value).__name__` gives. */
export function pyTypeName(value: PyValue): string {
  if (value === null) return 'NoneType'
  if (typeof value === 'boolean') return 'bool'
  if (typeof value === 'bigint') return 'int'
  if (typeof value === 'number') return 'float'
  if (typeof value === 'string') return 'str'
  if (Array.isArray(value)) return 'list'
  return 'dict'
}
