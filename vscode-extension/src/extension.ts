// The extension: starts xfls for .xf files, restarts it within a limit,
// sends it the workspace's settings and offers its commands.

import * as vscode from "vscode";
import {
  CloseAction,
  CodeActionRequest,
  DidChangeConfigurationNotification,
  ErrorAction,
  LanguageClient,
  LanguageClientOptions,
  ServerOptions,
  State,
  TransportKind,
} from "vscode-languageclient/node";
import { addMissingRulesKind, pickAddMissingRules } from "./actions";
import { languageIds, specLanguage } from "./lang";
import {
  didChangeConfigurationParams,
  findExecutable,
  launch,
  missingServerMessage,
  reactionTo,
  RestartPolicy,
  section,
  serverOptions,
} from "./settings";

/** What activate returns: used by the tests, and by other extensions. */
export interface Api {
  /** The running client, if the server could be started. */
  readonly client: LanguageClient | undefined;
  readonly output: vscode.LogOutputChannel;
  /** Stops the server if it runs, then starts it. */
  restart(): Promise<void>;
}

let server: Server | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<Api> {
  const output = vscode.window.createOutputChannel("xf Language Server", { log: true });
  const s = new Server(output);
  server = s;
  const recheck = () => vscode.workspace.textDocuments.forEach(showInItsLanguage);
  const tomls = vscode.workspace.createFileSystemWatcher("**/xfgen.toml");
  context.subscriptions.push(
    output,
    vscode.commands.registerCommand("xfls.restart", () => s.restart()),
    vscode.commands.registerCommand("xfls.showOutput", () => output.show(true)),
    vscode.commands.registerCommand("xfls.addMissingRules", () => s.addMissingRules()),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration(`${section}.lang`)) {
        recheck();
      }
      void s.configurationChanged(e);
    }),
    vscode.workspace.onDidOpenTextDocument(showInItsLanguage),
    tomls,
    tomls.onDidCreate(recheck),
    tomls.onDidChange(recheck),
    tomls.onDidDelete(recheck),
  );
  recheck();
  await s.start();
  return s;
}

export async function deactivate(): Promise<void> {
  await server?.stop();
  server = undefined;
}

/**
 * Gives a spec the language of its code blocks (`xf` for C, `xf-go` for
 * Go), so the matching grammar colours it. VS Code reopens the document
 * under the new language; the server sees a close and an open.
 */
function showInItsLanguage(doc: vscode.TextDocument): void {
  if (!languageIds.includes(doc.languageId) || doc.uri.scheme !== "file") {
    return;
  }
  const want = specLanguage(doc.uri.fsPath, settings().get("lang"));
  if (want !== doc.languageId) {
    void vscode.languages.setTextDocumentLanguage(doc, want);
  }
}

function settings(): vscode.WorkspaceConfiguration {
  return vscode.workspace.getConfiguration(section, vscode.workspace.workspaceFolders?.[0]?.uri);
}

class Server implements Api {
  client: LanguageClient | undefined;
  private readonly policy = new RestartPolicy();

  constructor(readonly output: vscode.LogOutputChannel) {}

  async start(): Promise<void> {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
    const { command, args } = launch((k) => settings().get(k), folder);
    const found = findExecutable(command);
    if (found === undefined) {
      this.missing(command);
      return;
    }
    const serverOpts: ServerOptions = { command: found, args, transport: TransportKind.stdio, options: { cwd: folder } };
    const policy = this.policy;
    const output = this.output;
    const clientOpts: LanguageClientOptions = {
      documentSelector: languageIds.map((language) => ({ language })),
      outputChannel: output,
      traceOutputChannel: output,
      // A function: read again at every (re)start.
      initializationOptions: () => serverOptions((k) => settings().get(k)),
      synchronize: {
        // The server reads these from disk; tell it when they change.
        fileEvents: vscode.workspace.createFileSystemWatcher("**/{xfgen.toml,*.h,*.c}"),
      },
      errorHandler: {
        error: () => ({ action: ErrorAction.Continue }),
        closed: () => {
          if (policy.crashed(Date.now())) {
            output.warn("xfls stopped; starting it again");
            return { action: CloseAction.Restart, handled: true };
          }
          return {
            action: CloseAction.DoNotRestart,
            message:
              `xfls stopped ${policy.limit + 1} times within ${policy.windowMs / 60000} minutes and is not started again. ` +
              'See "xf: Show the language server\'s output", then run "xf: Restart the language server".',
          };
        },
      },
    };
    const client = new LanguageClient(section, "xf Language Server", serverOpts, clientOpts);
    this.client = client;
    try {
      await client.start();
    } catch (err) {
      this.client = undefined;
      const reason = err instanceof Error ? err.message : String(err);
      output.error(`starting ${found} failed: ${reason}`);
      if (/ENOENT|EACCES/.test(reason)) {
        this.missing(command, reason);
      } else {
        void vscode.window.showErrorMessage(`xf: the language server did not start: ${reason}`, "Show Output").then((pick) => {
          if (pick) {
            output.show(true);
          }
        });
      }
    }
  }

  async stop(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    if (client !== undefined && client.state !== State.Stopped) {
      await client.stop();
    }
  }

  async restart(): Promise<void> {
    this.policy.reset();
    await this.stop();
    await this.start();
  }

  private missing(command: string, reason?: string): void {
    const message = missingServerMessage(command, reason);
    this.output.error(message);
    void vscode.window.showErrorMessage(message, "Open Settings", "Show Output").then((pick) => {
      if (pick === "Open Settings") {
        void vscode.commands.executeCommand("workbench.action.openSettings", `${section}.path`);
      } else if (pick === "Show Output") {
        this.output.show(true);
      }
    });
  }

  async configurationChanged(e: vscode.ConfigurationChangeEvent): Promise<void> {
    switch (reactionTo((k) => e.affectsConfiguration(k))) {
      case "restart":
        await this.restart();
        break;
      case "notify":
        if (this.client?.state === State.Running) {
          await this.client.sendNotification(
            DidChangeConfigurationNotification.type,
            didChangeConfigurationParams((k) => settings().get(k)),
          );
        }
        break;
    }
  }

  /** Asks the server for its "Add all missing rules" action and applies it. */
  async addMissingRules(): Promise<void> {
    const doc = vscode.window.activeTextEditor?.document;
    if (doc === undefined || !languageIds.includes(doc.languageId)) {
      void vscode.window.showWarningMessage("xf: open an .xf spec to add its missing rules.");
      return;
    }
    const client = this.client;
    if (client === undefined || client.state !== State.Running) {
      void vscode.window.showWarningMessage('xf: the language server is not running (see "xf: Show the language server\'s output").');
      return;
    }
    const c2p = client.code2ProtocolConverter;
    const whole = new vscode.Range(new vscode.Position(0, 0), doc.positionAt(doc.getText().length));
    const reply = await client.sendRequest(CodeActionRequest.type, {
      textDocument: c2p.asTextDocumentIdentifier(doc),
      range: c2p.asRange(whole),
      context: { diagnostics: [], only: [addMissingRulesKind] },
    });
    const action = pickAddMissingRules(reply);
    if (action === undefined) {
      void vscode.window.showInformationMessage(`xf: no rules are missing in ${vscode.workspace.asRelativePath(doc.uri)}.`);
      return;
    }
    if (action.edit !== undefined) {
      const edit = await client.protocol2CodeConverter.asWorkspaceEdit(action.edit);
      if (!(await vscode.workspace.applyEdit(edit))) {
        void vscode.window.showErrorMessage("xf: the missing rules could not be added (the spec changed meanwhile?); try again.");
        return;
      }
    }
    if (action.command !== undefined) {
      await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
    }
  }
}
