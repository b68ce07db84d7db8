import { startTokenRequest } from './action/early-token.js'

// The OIDC token request leaves first, before the rest of the action (an
// ncc chunk of its own) is compiled and run.
const token = startTokenRequest()
const { run } = await import('./action/main.js')
await run(undefined, token)
// Done: requests still outstanding (an OIDC token endpoint that never
// answers) must not keep the step running past its verdict.
process.exit()
