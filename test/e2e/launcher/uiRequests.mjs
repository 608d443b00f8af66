// Gestures a suite in the extension host cannot make through the vscode API, made in the workbench page by the
// launcher (which drives it with playwright). The suite asks by printing one line, `[e2e-ui] <request>`; its output
// reaches the launcher through codeAutomationLog. The suite then watches the API for the result.
//
//   trust-folder   click Trust in the Workspace Trust editor (the suite opens it first with workbench.trust.manage,
//                  the command our restricted-mode notice's "Manage Workspace Trust" button runs)

const REQUEST_LINE = /^\[e2e-ui\] ([a-z-]+)$/;
const WAIT_MS = 20_000;

const REQUESTS = {
  async 'trust-folder'(page) {
    // The button labelled exactly "Trust" (1.100 adds "Trust Parent" beside it; the key binding is a line of its own).
    const button = page.locator('.monaco-button').filter({ has: page.getByText('Trust', { exact: true }) }).first();
    await button.click({ timeout: WAIT_MS });
  },
};

/** The request a line of the suite's output asks for, if it is one. */
export function uiRequestOf(text) {
  const match = REQUEST_LINE.exec(text.trim());
  return match ? match[1] : undefined;
}

/** Performs `name` in `page`; a failure is printed (the suite, which waits for the result, then times out). */
export async function performUiRequest(page, name) {
  const request = REQUESTS[name];
  if (!request) {
    console.error(`launcher: the suite asked for an unknown UI gesture "${name}" (known: ${Object.keys(REQUESTS).join(', ')})`);
    return;
  }
  try {
    await request(page);
    console.log(`launcher: performed the UI gesture "${name}" the suite asked for`);
  } catch (error) {
    console.error(`launcher: the UI gesture "${name}" failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
