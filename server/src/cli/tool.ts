import manifest from '../../../package.json';

/**
 * The command as reports name it (SARIF's tool.driver). `informationUri` is the package's `homepage`: there is no
 * public page yet, and none is invented, so SARIF leaves it out until package.json names one.
 */
export const TOOL: { name: string; version: string; informationUri?: string } = {
  name: manifest.name,
  version: manifest.version,
  informationUri: (manifest as { homepage?: string }).homepage,
};
