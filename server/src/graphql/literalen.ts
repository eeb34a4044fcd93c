import type { ASTNode, ASTVisitor, ValueNode } from 'graphql';

/**
 * The field path (`input.datum`, `rijen.3.urenAanwezig`) of every argument value written in a query, by its AST node.
 * graphql-js reports a bad literal with its node but without its path; errors.ts looks the node up here to give a
 * validation error its `veld`. A WeakMap: the entries go with the document.
 */
const PADEN = new WeakMap<ASTNode, string>();

export const literaalPad = (node: ASTNode | undefined): string | undefined => (node ? PADEN.get(node) : undefined);

function registreer(node: ValueNode, pad: string): void {
  PADEN.set(node, pad);
  if (node.kind === 'ListValue') node.values.forEach((item, i) => registreer(item, `${pad}.${i}`));
  if (node.kind === 'ObjectValue') {
    for (const veld of node.fields) {
      PADEN.set(veld, `${pad}.${veld.name.value}`);
      registreer(veld.value, `${pad}.${veld.name.value}`);
    }
  }
}

/** A validation rule that reports nothing: it only records the paths, in the same pass as graphql-js's own rules. */
export function literaalPaden(): ASTVisitor {
  return {
    Argument(argument) {
      PADEN.set(argument, argument.name.value);
      registreer(argument.value, argument.name.value);
    },
  };
}
