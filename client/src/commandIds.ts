// Command ids, apart from the modules that implement them so that naming one loads nothing.

export const SHOW_STATUS_COMMAND = 'sagemakerTerraform.showEndpointStatus';
export const RESTART_COMMAND = 'sagemakerTerraform.restartServer';
export const CLOSE_PANELS_COMMAND = 'sagemakerTerraform.closeAllEndpointPanels';
