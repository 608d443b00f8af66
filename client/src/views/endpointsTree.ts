import * as vscode from 'vscode';
import { SHOW_STATUS_COMMAND } from '../commandIds';
import { AWS_SETTINGS_QUERY } from '../settings';
import type { EndpointsRefresher } from './endpointsRefresh';
import type { ViewNode } from './endpointsModel';
import { ENDPOINTS_COMMANDS } from './endpointsCommands';

// The "SageMaker Endpoints" tree: the refresher's nodes (./endpointsModel) as TreeItems. Labels, descriptions and
// tooltips are plain strings (VS Code renders no links or icons in them); clicking a declared endpoint runs Show
// Endpoint Status with its target, a live one opens its panel, a problem opens the AWS settings or refreshes.

export class EndpointsTreeProvider implements vscode.TreeDataProvider<ViewNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly subscription: { dispose(): void };

  constructor(private readonly refresher: EndpointsRefresher) {
    this.subscription = refresher.onDidChange(() => this.changed.fire());
  }

  getChildren(node?: ViewNode): ViewNode[] {
    return node ? (node.children ?? []) : this.refresher.nodes();
  }

  getTreeItem(node: ViewNode): vscode.TreeItem {
    const collapsible = node.children?.length ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None;
    const item = new vscode.TreeItem(node.label, collapsible);
    item.id = node.id;
    item.description = node.description;
    item.tooltip = node.tooltip;
    item.contextValue = node.kind;
    item.iconPath = node.icon.color ? new vscode.ThemeIcon(node.icon.id, new vscode.ThemeColor(node.icon.color)) : new vscode.ThemeIcon(node.icon.id);
    item.command = commandOf(node);
    return item;
  }

  /** The tree as a person sees it, for the extension API (end-to-end tests). */
  snapshot(node?: ViewNode): TreeSnapshot[] {
    return this.getChildren(node).map((child) => {
      const item = this.getTreeItem(child);
      const icon = item.iconPath instanceof vscode.ThemeIcon ? item.iconPath.id : undefined;
      const shown: TreeSnapshot = { label: String(item.label), description: typeof item.description === 'string' ? item.description : undefined, icon, kind: child.kind };
      if (child.children?.length) shown.children = this.snapshot(child);
      return shown;
    });
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}

export interface TreeSnapshot {
  label: string;
  description?: string;
  icon?: string;
  kind: ViewNode['kind'];
  children?: TreeSnapshot[];
}

function commandOf(node: ViewNode): vscode.Command | undefined {
  if (node.target) return { title: 'Show Endpoint Status', command: SHOW_STATUS_COMMAND, arguments: [node.target] };
  if (node.live) return { title: 'Show Endpoint Status', command: ENDPOINTS_COMMANDS.openLive, arguments: [node.live.name, node.live.region] };
  if (node.action === 'openSettings') return { title: 'Open the AWS settings', command: 'workbench.action.openSettings', arguments: [AWS_SETTINGS_QUERY] };
  if (node.action) return { title: 'Refresh', command: ENDPOINTS_COMMANDS.refresh };
  return undefined;
}
