import { run } from './action/main.js'

await run()
// Done: requests still outstanding (an OIDC token endpoint that never
// answers) must not keep the step running past its verdict.
process.exit()
