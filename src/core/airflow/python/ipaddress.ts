/**
 * Python's `ipaddress.ip_address()` acceptance rules, as urllib.parse uses
 * them to check a bracketed host (CPython 3.11). Only the verdict matters:
 * Python raises one ValueError message for anything that is neither.
 */

const ASCII_DIGITS = /^[0-9]+$/
const HEX_GROUP = /^[0-9a-fA-F]{1,4}$/

/** `ipaddress.IPv4Address(text)` would accept it. */
export function isPyIPv4(text: string): boolean {
  if (text.length === 0 || text.includes('/')) return false
  const octets = text.split('.')
  if (octets.length !== 4) return false
  return octets.every(
    (octet) =>
      octet.length >= 1 &&
      octet.length <= 3 &&
      ASCII_DIGITS.test(octet) &&
      !(octet.length > 1 && octet.startsWith('0')) &&
      Number(octet) <= 255
  )
}

/** `ipaddress.IPv6Address(text)` would accept it (zone id included). */
export function isPyIPv6(text: string): boolean {
  if (text.includes('/')) return false
  let address = text
  const percent = text.indexOf('%')
  if (percent >= 0) {
    const zone = text.slice(percent + 1)
    if (zone.length === 0 || zone.includes('%')) return false
    address = text.slice(0, percent)
  }
  if (address.length === 0) return false
  const parts = address.split(':')
  if (parts.length < 3) return false
  const last = parts[parts.length - 1] ?? ''
  if (last.includes('.')) {
    if (!isPyIPv4(last)) return false
    parts.splice(parts.length - 1, 1, '0', '0')
  }
  if (parts.length > 9) return false

  let skip = -1
  for (let i = 1; i < parts.length - 1; i++) {
    if (parts[i] === '') {
      if (skip >= 0) return false
      skip = i
    }
  }
  let hi: number
  let lo: number
  if (skip >= 0) {
    hi = skip
    lo = parts.length - skip - 1
    if (parts[0] === '') {
      hi -= 1
      if (hi) return false
    }
    if (parts[parts.length - 1] === '') {
      lo -= 1
      if (lo) return false
    }
    if (8 - (hi + lo) < 1) return false
  } else {
    if (parts.length !== 8) return false
    hi = parts.length
    lo = 0
  }
  for (let i = 0; i < hi; i++) if (!HEX_GROUP.test(parts[i] ?? '')) return false
  for (let i = parts.length - lo; i < parts.length; i++)
    if (!HEX_GROUP.test(parts[i] ?? '')) return false
  return true
}
