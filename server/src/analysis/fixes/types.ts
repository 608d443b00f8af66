import type { Span } from '../../hcl/ast';
import type { SourceFile } from '../evaluation/value';

// A quick fix as analysis builds it, in document offsets; ./codeActions turns it into LSP edits.

export interface FixEdit {
  span: Span;
  /** The file the edit is in, when it is not the one of the finding (a value written in a variable's default). */
  file?: SourceFile;
  newText: string;
  /** `newText` is snippet syntax (tab stops); clients without snippet edits get its plain text. */
  snippet?: boolean;
}

export interface Fix {
  title: string;
  edits: FixEdit[];
  /** The one fix an editor may apply on its own (e.g. "did you mean"). */
  preferred?: boolean;
}
