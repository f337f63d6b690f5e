// Choosing the server's "Add all missing rules" action from a code action
// reply. Type imports only: this runs without vscode in the unit tests.

import type { CodeAction, Command } from "vscode-languageclient";

/** The kind of the server's source action (the language server contract). */
export const addMissingRulesKind = "source.addMissingRules";

/**
 * The first action of the reply whose kind is addMissingRulesKind or
 * below it, skipping bare commands and disabled actions. A server that
 * ignores `only` may send other kinds too: those are not applied.
 */
export function pickAddMissingRules(reply: (Command | CodeAction)[] | null | undefined): CodeAction | undefined {
  for (const item of reply ?? []) {
    if (typeof item.command === "string") {
      continue; // a bare Command (a CodeAction's command is an object)
    }
    const action = item as CodeAction;
    const kind = action.kind ?? "";
    if (kind !== addMissingRulesKind && !kind.startsWith(addMissingRulesKind + ".")) {
      continue;
    }
    if (action.disabled !== undefined) {
      continue;
    }
    return action;
  }
  return undefined;
}
