import { main } from './cli/main.js'
import { exitQuietlyOnClosedPipe } from './cli/pipes.js'

exitQuietlyOnClosedPipe(process.stdout)
exitQuietlyOnClosedPipe(process.stderr)
process.exitCode = await main(process.argv.slice(2))
// Done: nothing still outstanding may keep the command running.
process.exit()
