import { runSyncAction } from './sync/action.js'

await runSyncAction()
