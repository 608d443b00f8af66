// The progress section's rules, appended to the status page's one nonce'd <style> (a file of its own: html.ts reads it
// while loading, and it imports nothing).
export const PROGRESS_STYLE = `
.deploy-progress { border-left: 3px solid var(--vscode-progressBar-background); padding: 2px 12px 8px; margin: 12px 0; }
.deploy-progress.tone-error { border-left-color: var(--vscode-errorForeground); }
.deploy-progress h2 { margin-top: 0.5em; }
.phase { margin: 0.3em 0; word-break: normal; overflow-wrap: break-word; }
.phase-label { display: inline-block; min-width: 3.2em; font-weight: 600; color: var(--vscode-descriptionForeground); }
.steps { margin: 0.4em 0; padding-left: 1.6em; }
.step-done { color: var(--vscode-descriptionForeground); }
.step-now { font-weight: 600; }
.step-mark { display: inline-block; width: 1.2em; }
.step-now .step-mark { color: var(--vscode-progressBar-background); }
.step-done .step-mark { color: var(--vscode-testing-iconPassed); }
.baking { font-weight: 600; }
.named { color: var(--vscode-errorForeground); }
.policy { margin: 0.2em 0; padding-left: 1.3em; }
`;
