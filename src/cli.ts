import { main } from './cli/main.js'

process.exitCode = await main(process.argv.slice(2))
// Done: nothing still outstanding may keep the command running.
process.exit()
