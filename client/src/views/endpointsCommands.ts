// The endpoints view's ids (package.json contributes the same), apart from the modules that implement them.

export const ENDPOINTS_VIEW = 'sagemakerTerraform.endpoints';

export const ENDPOINTS_COMMANDS = {
  refresh: 'sagemakerTerraform.endpoints.refresh',
  showUndeclared: 'sagemakerTerraform.endpoints.showUndeclared',
  hideUndeclared: 'sagemakerTerraform.endpoints.hideUndeclared',
  /** A live endpoint no Terraform declares: its panel (not in the palette). */
  openLive: 'sagemakerTerraform.endpoints.openLive',
  /** A declared endpoint's resource block in the editor (the inline action). */
  openDeclaration: 'sagemakerTerraform.endpoints.openDeclaration',
} as const;

/** Context keys the view's welcome text and title buttons depend on. */
export const ENDPOINTS_CONTEXT = {
  /** `starting`, `stopped` (no language server), `empty` (no endpoint declared) or `listed`. */
  state: 'sagemakerTerraform.endpoints.state',
  showingUndeclared: 'sagemakerTerraform.endpoints.showingUndeclared',
} as const;
