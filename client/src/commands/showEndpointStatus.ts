import * as vscode from 'vscode';
import { DeclaredEndpoints, EndpointAtPosition, type EndpointTarget } from '../../../shared/protocol';
import type { SageMakerGateway } from '../aws/index';
import type { LanguageServer } from '../languageServer';
import type { StatusPanels } from '../panel/statusPanels';
import { awsSettings } from '../settings';
import { problemLogLine, type ProblemAction, type StatusProblem } from '../status/problems';
import { redact } from '../aws/redact';
import { problemNotice, shownAddress, shownName, shownRegion } from '../uiText';
import { chooseRegion, endpointChoices, endpointNameProblem, regionsToList, type EndpointChoice, type RegionListing } from './endpointChoices';
import { listRegion } from './listRegion';

// "SageMaker: Show Endpoint Status": from a CodeLens (the target comes with it), from an editor (the server says
// which endpoint is under the cursor), or from the palette (a pick of live and declared endpoints). Every text shown
// in a notification, the pick or the input box is our own or passed ../uiText; what AWS said goes to the log.

export interface ShowStatusDependencies {
  /** The running language server, once it has started. */
  server: Pick<LanguageServer, 'languageClient'>;
  panels: StatusPanels;
  gateway(region: string | undefined, scope?: vscode.Uri): SageMakerGateway;
  runAction(action: ProblemAction, retry: () => void): void;
  log: Pick<vscode.LogOutputChannel, 'info' | 'warn'>;
}

function isEndpointTarget(value: unknown): value is EndpointTarget {
  return typeof value === 'object' && value !== null && typeof (value as EndpointTarget).address === 'string';
}

const TITLE = 'SageMaker: Show Endpoint Status';

/** What the palette's pick last showed (for the extension API, and so its end-to-end tests). */
export interface PickSnapshot {
  placeholder?: string;
  items: { label: string; description?: string; detail?: string }[];
}

export class ShowEndpointStatus implements vscode.Disposable {
  /** The items of the last pick, once filled. */
  lastPick?: PickSnapshot;

  constructor(private readonly deps: ShowStatusDependencies) {}

  dispose(): void {
    this.waitingForTrust?.dispose();
    this.waitingForTrust = undefined;
  }

  /** The command asked for while the folder was untrusted: it runs once trust is granted (the last one asked, once). */
  private waitingForTrust?: vscode.Disposable;

  async run(argument?: unknown): Promise<void> {
    if (!vscode.workspace.isTrusted) {
      this.waitingForTrust?.dispose();
      const waiting = vscode.workspace.onDidGrantWorkspaceTrust(() => {
        waiting.dispose();
        if (this.waitingForTrust === waiting) this.waitingForTrust = undefined;
        this.deps.log.info(`${TITLE}: the folder is now trusted; carrying on with the command asked for before`);
        void this.run(argument);
      });
      this.waitingForTrust = waiting;
      const choice = await vscode.window.showWarningMessage(
        'Show Endpoint Status calls AWS, so it does not run in an untrusted folder. Trust the folder and it carries on by itself.',
        'Manage Workspace Trust',
      );
      if (choice) await vscode.commands.executeCommand('workbench.trust.manage');
      return;
    }
    const target = isEndpointTarget(argument) ? argument : await this.targetAtCursor();
    const scope = target ? vscode.Uri.parse(target.uri) : vscode.window.activeTextEditor?.document.uri;
    if (target) {
      const name = target.name ?? (await this.askName(target));
      if (name) this.deps.panels.show(name, target.region, scope, { uri: target.uri, address: target.address });
      return;
    }
    await this.pick(awsSettings(scope).region, scope);
  }

  private async targetAtCursor(): Promise<EndpointTarget | undefined> {
    const editor = vscode.window.activeTextEditor;
    const client = this.deps.server.languageClient;
    if (!editor || editor.document.languageId !== 'terraform' || !client) return undefined;
    const result = await client.sendRequest<EndpointTarget | null>(EndpointAtPosition, {
      textDocument: { uri: editor.document.uri.toString() },
      position: editor.selection.active,
    });
    return result ?? undefined;
  }

  private async askName(target?: EndpointTarget, value?: string): Promise<string | undefined> {
    // The prompt renders links and icons: the address appears only when it is a plain Terraform identifier.
    const address = target ? shownAddress(target) : undefined;
    const name = await vscode.window.showInputBox({
      title: TITLE,
      prompt: target ? `The name of ${address ?? 'this aws_sagemaker_endpoint resource'} is not a literal; enter the deployed endpoint's name` : 'Endpoint name',
      value: value ?? (address ? address.slice(address.indexOf('.') + 1) : ''),
      validateInput: (text) => endpointNameProblem(text.trim()),
      ignoreFocusOut: true,
    });
    return name?.trim() || undefined;
  }

  private async pick(settingRegion: string | undefined, scope: vscode.Uri | undefined): Promise<void> {
    this.lastPick = undefined;
    const quickPick = vscode.window.createQuickPick<vscode.QuickPickItem & Partial<Pick<EndpointChoice, 'name' | 'region' | 'declaredAt'>>>();
    quickPick.title = TITLE;
    quickPick.placeholder = 'Loading endpoints…';
    quickPick.busy = true;
    quickPick.matchOnDescription = true;
    quickPick.show();
    const enterName = { label: '$(edit) Enter an endpoint name…', alwaysShow: true };
    const answer = await this.deps.server.languageClient?.sendRequest<EndpointTarget[]>(DeclaredEndpoints, {}).catch((error: unknown) => {
      this.deps.log.warn(`${TITLE}: the language server did not list the declared endpoints: ${error instanceof Error ? error.message : String(error)}`);
      return [];
    });
    const declared = Array.isArray(answer) ? answer : [];
    // The regions the CodeLens would use for these declarations, each listed at once.
    const listings = await Promise.all(regionsToList(settingRegion, declared).map((region) => listRegion(settingRegion, region, (requested) => this.deps.gateway(requested, scope))));
    const failures = listings.filter((l) => l.problem);
    const listed = listings.filter((l) => l.resolved);
    // A region the SDK cannot resolve matters only when it was the one place to look.
    const shown = failures.find((f) => f.problem!.kind !== 'noRegion' || listed.length === 0);
    if (shown) void this.report(shown.problem!, () => void this.pick(settingRegion, scope));
    const { choices, hidden } = endpointChoices(listings, declared, settingRegion);
    if (hidden) this.deps.log.info(`${TITLE}: ${hidden} endpoint(s) whose names are not valid SageMaker endpoint names are not listed`);
    quickPick.items = [...choices.map((c) => ({ label: c.label, description: c.description, detail: c.detail, name: c.name, region: c.region, declaredAt: c.declaredAt })), enterName];
    const regions = [...new Set(listed.map((l) => shownRegion(l.resolved)).filter((r): r is string => r !== undefined))].sort();
    quickPick.placeholder = regions.length ? `Endpoints in ${regions.join(', ')}` : 'Endpoints';
    const truncated = listings.filter((l) => l.truncated);
    if (truncated.length) quickPick.title = `${TITLE} (truncated: showing the first ${truncated[0]!.endpoints.length.toLocaleString('en-US')} endpoints of a region)`;
    quickPick.busy = false;
    this.lastPick = { placeholder: quickPick.placeholder, items: quickPick.items.map(({ label, description, detail }) => ({ label, description, detail })) };
    const chosen = await new Promise<(typeof quickPick.items)[number] | undefined>((resolve) => {
      quickPick.onDidAccept(() => resolve(quickPick.selectedItems[0]));
      quickPick.onDidHide(() => resolve(undefined));
    });
    const typed = quickPick.value;
    quickPick.dispose();
    if (!chosen) return;
    if (chosen.name) return this.deps.panels.show(chosen.name, chosen.region, scope, chosen.declaredAt);
    const name = await this.askName(undefined, typed);
    if (!name) return;
    const unique = [...new Map(listed.map((l) => [l.resolved!, l])).values()];
    const listing = unique.length > 1 ? await this.askRegion(name, unique) : unique[0];
    if (unique.length > 1 && !listing) return;
    this.deps.panels.show(name, listing?.region, scope);
  }

  /** The region of a typed name, when the workspace has several: each one listed, by name (region-shaped only). */
  private async askRegion<T extends RegionListing>(name: string, listings: T[]): Promise<T | undefined> {
    const items = listings.flatMap((listing) => {
      const label = shownRegion(listing.resolved);
      return label ? [{ label, listing }] : [];
    });
    const chosen = await vscode.window.showQuickPick(items, { title: TITLE, placeHolder: `The region of ${shownName(name) ?? 'the endpoint'}` });
    return chosen?.listing;
  }

  /** A notification in our words; the problem's own title and detail (AWS's text among them) go to the log. */
  private async report(problem: StatusProblem, retry: () => void): Promise<void> {
    this.deps.log.warn(redact(`${TITLE}: ${problemLogLine(problem)}`));
    const notice = problemNotice(problem);
    const choice = await vscode.window.showErrorMessage(notice.message, ...notice.buttons);
    const action = notice.actionOf(choice);
    if (action) this.deps.runAction(action, retry);
  }
}
