import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'

interface ActionYaml {
  runs: { using: string; main: string }
  inputs: Record<string, { description?: string; required?: boolean }>
  outputs: Record<string, { description?: string }>
}

const action = parse(readFileSync('action.yml', 'utf8')) as ActionYaml
const inputsSource = readFileSync('src/action/inputs.ts', 'utf8')
const outputsSource = readFileSync('src/adapters/github/workflow.ts', 'utf8')

describe('action.yml', () => {
  it('runs the bundle on node24', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' })
  })

  it.each(Object.keys(action.inputs))(
    'input %s is described and read',
    (name) => {
      expect(action.inputs[name]?.description?.length).toBeGreaterThan(10)
      expect(inputsSource).toContain(`'${name}'`)
    }
  )

  it.each(Object.keys(action.outputs))(
    'output %s is described and set',
    (name) => {
      expect(action.outputs[name]?.description?.length).toBeGreaterThan(5)
      expect(outputsSource).toContain(`setOutput('${name}'`)
    }
  )

  it('declares every input the code reads', () => {
    const read = [
      ...inputsSource.matchAll(/(?:input|text)\('([a-z-]+)'\)/g)
    ].map((m) => m[1])
    expect(
      read.filter((name) => name !== undefined && !(name in action.inputs))
    ).toEqual([])
  })
})
