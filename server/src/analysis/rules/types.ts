import type { ModuleScope } from '../evaluation/scope';
import type { Span } from '../../hcl/ast';
import type { Fix } from '../fixes/types';
import type { Finding } from '../diagnostics/finding';
import type { DiagnosticCode, Severity } from '../diagnosticCodes';
import type { ParsedFile, ResourceBlock, ResourceDeclaration } from '../parsedFile';

/** Options of the per-file rules. */
export interface RuleOptions {
  /** Information hint for configurations without `kms_key_arn` (default true). */
  kmsHint?: boolean;
}

/** One problem a rule reports; the registry adds severity and tags, and the schema entry at `span` the docs link. */
export interface RuleReport {
  span: Span;
  message: string;
  fixes?: Fix[];
  /** The absent argument or block the report is about, when it is reported on the header of its block. */
  about?: string;
  /** One of the severities the code's registry entry lists as an exception, for the case it names. */
  severity?: Severity;
  /** The finding rests on a value from a variable (evaluation/presence.ts fromVariable): an error becomes a warning. */
  variable?: boolean;
  /** The block is still being written (it lacks what would make the finding certain): an error becomes a warning. */
  provisional?: boolean;
  /** Other places the report is about. */
  related?: Finding['related'];
}

export interface FileRuleContext {
  file: ParsedFile;
  resource: ResourceBlock;
  options: RuleOptions;
  /** What values are known in the module: rules read every value through it (../evaluation). */
  scope: ModuleScope;
}

export interface ModuleRuleContext {
  files: readonly ParsedFile[];
  scope: ModuleScope;
}

interface RuleBase {
  /** Severity and tags come from the code's registry entry (diagnosticCodes.ts). */
  code: DiagnosticCode;
}

/** A rule judging one resource of one file. */
export interface FileRule extends RuleBase {
  scope: 'file';
  /** Resource types the rule looks at. */
  resourceTypes: readonly string[];
  /** Whether the rule runs under the given options (default: always). */
  enabled?(options: RuleOptions): boolean;
  check(context: FileRuleContext): RuleReport[];
}

/**
 * A rule that needs every file of the module. It reads the other blocks only through what `index` gathers from them,
 * so the reports about a resource hold while its block and its `inputs` stay the same (runModuleRules keeps them).
 */
export interface ModuleRule<Index = any> extends RuleBase {
  scope: 'module';
  /** Resource types the rule reports on. */
  resourceTypes: readonly string[];
  /** What the rule needs from every file of the module: gathered at most once per diagnosis, the first time `inputs` or `check` asks. */
  index(context: ModuleRuleContext): Index;
  /**
   * All that `check` reads of `index` for this resource, as a short text; a rule without it is checked anew each
   * time. Equal text, an unchanged block and the same scope give the same reports.
   */
  inputs?(resource: ResourceBlock, index: () => Index, scope: ModuleScope): string;
  /**
   * All that `index` reads of one resource declaration of the module (of any type), as a short text that does not
   * depend on where the block is: kept per node, like the findings. While every declaration's contribution is the
   * same, in the same order, the index says the same, and with `inputs` a block whose text did not change keeps its
   * reports without the index being built or read (a finding about another place is checked each time anyway). The
   * index is then made of texts and numbers only (no nodes, resources or files): one built at an earlier diagnosis
   * serves while the contributions stay the same.
   */
  contribution?(declaration: ResourceDeclaration, file: ParsedFile, scope: ModuleScope): string;
  /** `module` is only to place a finding about another place (such a finding is never kept, see moduleRuleMemo.ts). */
  check(resource: ResourceBlock, index: () => Index, scope: ModuleScope, module: ModuleRuleContext): RuleReport[];
}

export type Rule = FileRule | ModuleRule;
