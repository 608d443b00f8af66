// Messages between the VS Code client and our language server beyond plain LSP, typed once for both sides.
// Plain method names and payload types (no jsonrpc classes), so each side uses its own LSP library version.

/** An `aws_sagemaker_endpoint` as declared in Terraform. */
export interface EndpointTarget {
  /** `aws_sagemaker_endpoint.<name>` */
  address: string;
  /** The endpoint's `name` when it is a literal; undefined when computed or omitted. */
  name?: string;
  /** The region Terraform would deploy it to, when a literal says so (the resource's `region`, else its provider's). */
  region?: string;
  /** Where it is declared. */
  uri: string;
  line: number;
}

/** The endpoint resource under (or around) a position, or null. */
export const EndpointAtPosition = 'sagemaker/endpointAtPosition';
export interface EndpointAtPositionParams {
  textDocument: { uri: string };
  position: { line: number; character: number };
}
export type EndpointAtPositionResult = EndpointTarget | null;

/** Every endpoint declared in the modules the server knows. */
export const DeclaredEndpoints = 'sagemaker/declaredEndpoints';
export type DeclaredEndpointsResult = EndpointTarget[];

/** Options the client passes in `initializationOptions`. */
export interface InitializationOptions {
  /** Command the client runs to re-open the suggest list after inserting `name = "…"`. */
  retriggerSuggestCommand?: string;
  /** When set, the server adds a CodeLens running this command above every `aws_sagemaker_endpoint`. */
  endpointStatusCommand?: string;
  /** False: do not offer document formatting (the client has another Terraform formatter). Default true. */
  formatting?: boolean;
}

/** Files of Terraform's JSON configuration syntax, which the editor opens as JSON. */
export const JSON_CONFIGURATION_GLOB = '**/*.tf.json';

/**
 * The files a module's analysis reads, for the client's and the server's file watchers: `.tf` and `.tf.json` files,
 * the variable files Terraform loads by itself (their values override variable defaults), and `.terraform.lock.hcl`
 * (the AWS provider version in use).
 */
export const WATCHED_FILES_GLOB = '**/{*.tf,*.tf.json,*.tfvars,*.tfvars.json,.terraform.lock.hcl}';

/** The AWS provider version a document's module is checked against, and where it comes from. */
export const ProviderVersionOfDocument = 'sagemaker/providerVersion';
export interface ProviderVersionParams {
  textDocument: { uri: string };
}
export interface ProviderVersionResult {
  /** `lock`: the module's .terraform.lock.hcl; `constraint`: its required_providers; `current`: neither (newest schema). */
  source: 'lock' | 'constraint' | 'current';
  /** The locked version (`5.100.0`) or the constraints as written (`~> 5.0`); absent for `current`. */
  version?: string;
  /** The file it was read from; absent for `current`. */
  uri?: string;
}
