// Writes the README's input and output tables from action.yml, between the
// `<!-- inputs -->` / `<!-- outputs -->` markers. `--check` only compares
// (the unit test runs the same comparison).
import { readFileSync, writeFileSync } from 'node:fs'
import { parse } from 'yaml'

const escape = (text) =>
  String(text ?? '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\|/g, '\\|')

/** @param {string} actionText */
export function tables(actionText) {
  const action = parse(actionText)
  const inputs = [
    '| Input | Required | Default | Description |',
    '| --- | --- | --- | --- |',
    ...Object.entries(action.inputs).map(
      ([name, spec]) =>
        `| \`${name}\` | ${spec.required ? 'yes' : 'no'} | ${spec.default === undefined || spec.default === '' ? '' : `\`${escape(spec.default)}\``} | ${escape(spec.description)} |`
    )
  ].join('\n')
  const outputs = [
    '| Output | Description |',
    '| --- | --- |',
    ...Object.entries(action.outputs).map(
      ([name, spec]) => `| \`${name}\` | ${escape(spec.description)} |`
    )
  ].join('\n')
  return { inputs, outputs }
}

/** @param {string} readme @param {string} actionText */
export function render(readme, actionText) {
  const { inputs, outputs } = tables(actionText)
  const replace = (text, marker, body) => {
    const pattern = new RegExp(
      `(<!-- ${marker}:start -->\\n)[\\s\\S]*?(<!-- ${marker}:end -->)`
    )
    if (!pattern.test(text))
      throw new Error(`README lacks the ${marker} markers`)
    return text.replace(pattern, `$1${body}\n$2`)
  }
  return replace(replace(readme, 'inputs', inputs), 'outputs', outputs)
}

if (process.argv[1]?.endsWith('readme-tables.mjs')) {
  const readme = readFileSync('README.md', 'utf8')
  const next = render(readme, readFileSync('action.yml', 'utf8'))
  if (process.argv.includes('--check')) {
    if (next !== readme) {
      process.stderr.write(
        'README tables differ from action.yml; run npm run docs\n'
      )
      process.exit(1)
    }
  } else writeFileSync('README.md', next)
}
