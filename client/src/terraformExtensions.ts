import * as vscode from 'vscode';

/**
 * HashiCorp's Terraform extension. Both extensions declare the `terraform` and `terraform-vars` languages (VS Code
 * merges such declarations) and both ship a grammar; formatting is the one contribution two extensions cannot share
 * without VS Code asking which to use, so when HashiCorp's is installed, `terraform fmt` through it is the formatter.
 */
export const HASHICORP_TERRAFORM = 'hashicorp.terraform';

export function hashicorpTerraformInstalled(): boolean {
  return vscode.extensions.getExtension(HASHICORP_TERRAFORM) !== undefined;
}
