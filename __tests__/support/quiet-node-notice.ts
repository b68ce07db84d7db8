/**
 * The AWS SDK prints a NodeVersionSupportWarning once per process on Node
 * below 22 (its releases after January 2027 will need Node 22). The tests run
 * on Node 20 on purpose (the lowest version `engines` allows), so the notice
 * is known and says nothing about the code under test: silence it for the
 * test processes and the children that inherit their environment. Tests
 * that check what a user on Node 20 sees pass their own environment.
 */
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true'
