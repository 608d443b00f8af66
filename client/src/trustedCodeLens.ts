import type { CodeLens } from 'vscode';
import type { CodeLensMiddleware } from 'vscode-languageclient/node';

// The CodeLens above each endpoint runs Show Endpoint Status, which calls AWS and so does not run in an untrusted
// folder: while the folder is untrusted there is no CodeLens to offer it (the language server is not asked). In a
// trusted one, `decorate` may retitle the server's lenses (the last known status, see ./lastKnownStatus).

export function codeLensWhileTrusted(
  isTrusted: () => boolean,
  decorate: (lenses: CodeLens[]) => CodeLens[] = (lenses) => lenses,
): Required<Pick<CodeLensMiddleware, 'provideCodeLenses'>> {
  return {
    provideCodeLenses: async (document, token, next) => {
      if (!isTrusted()) return [];
      const lenses = await next(document, token);
      return Array.isArray(lenses) ? decorate(lenses) : lenses;
    },
  };
}
