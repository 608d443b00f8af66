import * as vscode from 'vscode';
import { DeclaredEndpoints, EndpointAtPosition, type EndpointTarget } from '../../../shared/protocol';
import type { EndpointList, SageMakerGateway } from '../aws/index';
import type { LanguageServer } from '../languageServer';
import type { StatusPanels } from '../panel/statusPanels';
import { awsSettings } from '../settings';
import { StatusProblemError, toProblem, type ProblemAction, type StatusProblem } from '../status/problems';
import { problemNotice, shownAddress, shownRegion } from '../uiText';
import { chooseRegion, endpointChoices, endpointNameProblem } from './endpointChoices';

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

export class ShowEndpointStatus {
  constructor(private readonly deps: ShowStatusDependencies) {}

  async run(argument?: unknown): Promise<void> {
    if (!vscode.workspace.isTrusted) {
      const choice = await vscode.window.showWarningMessage(
        'Show Endpoint Status calls AWS, so it runs only in a trusted workspace.',
        'Manage Workspace Trust',
      );
      if (choice) await vscode.commands.executeCommand('workbench.trust.manage');
      return;
    }
    const target = isEndpointTarget(argument) ? argument : await this.targetAtCursor();
    const scope = target ? vscode.Uri.parse(target.uri) : vscode.window.activeTextEditor?.document.uri;
    const settings = awsSettings(scope);
    if (target) {
      const name = target.name ?? (await this.askName(target));
      if (name) this.deps.panels.show(name, chooseRegion(settings.region, target.region).region, scope);
      return;
    }
    await this.pick(settings.region, scope);
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
    const quickPick = vscode.window.createQuickPick<vscode.QuickPickItem & { name?: string; region?: string }>();
    quickPick.title = TITLE;
    quickPick.placeholder = 'Loading endpoints…';
    quickPick.busy = true;
    quickPick.matchOnDescription = true;
    quickPick.show();
    const enterName = { label: '$(edit) Enter an endpoint name…', alwaysShow: true };
    const declared = (await this.deps.server.languageClient?.sendRequest<EndpointTarget[]>(DeclaredEndpoints, {}).catch(() => [])) ?? [];
    let live: EndpointList = { endpoints: [], truncated: false };
    let region = settingRegion;
    try {
      const gateway = this.deps.gateway(settingRegion, scope);
      region = await gateway.resolveRegion();
      live = await gateway.listEndpoints();
    } catch (error) {
      void this.report(error instanceof StatusProblemError ? error.problem : toProblem(error, { region }), () => void this.pick(settingRegion, scope));
    }
    const { choices, hidden } = endpointChoices(live.endpoints, Array.isArray(declared) ? declared : [], region);
    if (hidden) this.deps.log.info(`${TITLE}: ${hidden} endpoint(s) whose names are not valid SageMaker endpoint names are not listed`);
    quickPick.items = [...choices.map((c) => ({ label: c.label, description: c.description, detail: c.detail, name: c.name, region: c.region })), enterName];
    const where = shownRegion(region);
    quickPick.placeholder = where ? `Endpoints in ${where}` : 'Endpoints';
    if (live.truncated) quickPick.title = `${TITLE} (truncated: showing the first ${live.endpoints.length.toLocaleString('en-US')} endpoints)`;
    quickPick.busy = false;
    const chosen = await new Promise<(typeof quickPick.items)[number] | undefined>((resolve) => {
      quickPick.onDidAccept(() => resolve(quickPick.selectedItems[0]));
      quickPick.onDidHide(() => resolve(undefined));
    });
    const typed = quickPick.value;
    quickPick.dispose();
    if (!chosen) return;
    const name = chosen.name ?? (await this.askName(undefined, typed));
    if (name) this.deps.panels.show(name, chooseRegion(settingRegion, chosen.region).region, scope);
  }

  /** A notification in our words; the problem's own title and detail (AWS's text among them) go to the log. */
  private async report(problem: StatusProblem, retry: () => void): Promise<void> {
    this.deps.log.warn(`${TITLE}: ${problem.title} ${problem.detail}`);
    const notice = problemNotice(problem);
    const choice = await vscode.window.showErrorMessage(notice.message, ...notice.buttons);
    const action = notice.actionOf(choice);
    if (action) this.deps.runAction(action, retry);
  }
}
