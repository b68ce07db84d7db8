/**
 * Clears the ambient settings a test must not inherit from the machine
 * (AWS credentials and endpoints, proxies, the runner's variables) from
 * process.env, keeping the test run's own switches (quiet-node-notice.ts).
 */

/** Variables the test setup sets for every test; never cleared. */
const KEPT = new Set(['AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED'])

/** The variables of every AWS SDK, proxy and, on request, runner setting. */
export const AWS_AND_PROXY =
  /^(AWS_|HTTPS?_PROXY|https?_proxy|NO_PROXY|no_proxy)/
export const AWS_PROXY_AND_ACTIONS =
  /^(AWS_|ACTIONS_|HTTPS?_PROXY|https?_proxy|NO_PROXY|no_proxy)/
export const AWS_PROXY_ACTIONS_AND_GITHUB =
  /^(AWS_|ACTIONS_|GITHUB_|HTTPS?_PROXY|https?_proxy|NO_PROXY|no_proxy)/

/** Deletes every variable whose name matches, except the kept switches. */
export function clearAmbientEnv(names: RegExp): void {
  for (const name of Object.keys(process.env))
    if (names.test(name) && !KEPT.has(name))
      Reflect.deleteProperty(process.env, name)
}
