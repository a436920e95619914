/** Settings of the e2e run, read from the environment in this one place. */
export const e2eEnv = {
  /** Passed on to the gateway process. */
  inherited: process.env,
  /** Set E2E_SKIP_BUILD=1 to reuse an existing client/dist/h5. */
  skipBuild: process.env.E2E_SKIP_BUILD === '1',
  /** E2E_ONLY=claims,feedbackAnswered: run only those named journeys (run-e2e.ts lists them). */
  only: (process.env.E2E_ONLY ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean),
  chromiumPath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
};
