import type { Attribute, Block } from '../../hcl/ast';
import type { ParsedFile } from '../parsedFile';

// The names a module declares that values can come from: input variables (with their defaults) and locals. It is
// built once per module from every file's declarations; the evaluator asks it, no rule does.

export interface VariableDeclaration {
  name: string;
  block: Block;
  /** `default = …`, when the variable has one. */
  default?: Attribute;
  file: ParsedFile;
}

export interface LocalDeclaration {
  name: string;
  attribute: Attribute;
  file: ParsedFile;
}

export class ModuleScope {
  private readonly variables = new Map<string, VariableDeclaration>();
  private readonly locals = new Map<string, LocalDeclaration>();

  /**
   * `fingerprint` identifies what the scope was built from (the text of every variable and locals block), so a
   * module whose edits leave those alone keeps the same scope, and findings cached against it stay valid.
   */
  private constructor(readonly fingerprint: string) {}

  static of(files: readonly ParsedFile[]): ModuleScope {
    const scope = new ModuleScope(ModuleScope.fingerprintOf(files));
    for (const file of files) {
      // Terraform rejects a name declared twice; the first one stands here.
      for (const v of file.declarations.variables) if (!scope.variables.has(v.name)) scope.variables.set(v.name, v);
      for (const l of file.declarations.locals) if (!scope.locals.has(l.name)) scope.locals.set(l.name, l);
    }
    return scope;
  }

  static fingerprintOf(files: readonly ParsedFile[]): string {
    return files.map((f) => `${f.uri}\u0000${f.declarations.scopeText}`).join('\u0001');
  }

  /** The scope of these files: `previous` again when they declare the same values. */
  static update(previous: ModuleScope | undefined, files: readonly ParsedFile[]): ModuleScope {
    return previous && previous.fingerprint === ModuleScope.fingerprintOf(files) ? previous : ModuleScope.of(files);
  }

  variable(name: string): VariableDeclaration | undefined {
    return this.variables.get(name);
  }

  local(name: string): LocalDeclaration | undefined {
    return this.locals.get(name);
  }

  /** A scope that declares nothing: a file on its own. */
  static readonly EMPTY = new ModuleScope('');
}
