import type { CodeLensMiddleware } from 'vscode-languageclient/node';

// The CodeLens above each endpoint runs Show Endpoint Status, which calls AWS and so does not run in an untrusted
// folder: while the folder is untrusted there is no CodeLens to offer it (the language server is not asked).

export function codeLensWhileTrusted(isTrusted: () => boolean): Required<Pick<CodeLensMiddleware, 'provideCodeLenses'>> {
  return { provideCodeLenses: (document, token, next) => (isTrusted() ? next(document, token) : []) };
}
