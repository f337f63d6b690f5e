// A small stand-in for the `vscode` module, so the extension and
// vscode-languageclient run unchanged in plain node (esbuild.mjs --tests
// aliases `vscode` to this file). It implements what the client touches
// when it starts, syncs documents, shows diagnostics and applies edits;
// `fake` lets a test open documents, set settings and see what the user
// would see.

import * as path from "node:path";

type Listener<T> = (e: T) => unknown;

export class Disposable {
  static from(...items: { dispose(): unknown }[]): Disposable {
    return new Disposable(() => items.forEach((d) => d.dispose()));
  }
  constructor(private readonly fn: () => unknown) {}
  dispose(): void {
    this.fn();
  }
}

export class EventEmitter<T> {
  private listeners: Listener<T>[] = [];
  readonly event = (listener: Listener<T>, thisArg?: unknown, bucket?: Disposable[]): Disposable => {
    const bound = thisArg === undefined ? listener : listener.bind(thisArg);
    this.listeners.push(bound);
    const d = new Disposable(() => {
      this.listeners = this.listeners.filter((l) => l !== bound);
    });
    bucket?.push(d);
    return d;
  };
  fire(e: T): void {
    for (const l of [...this.listeners]) {
      l(e);
    }
  }
  dispose(): void {
    this.listeners = [];
  }
}

export class Uri {
  private constructor(
    readonly scheme: string,
    readonly authority: string,
    readonly path: string,
    readonly query = "",
    readonly fragment = "",
  ) {}
  static file(p: string): Uri {
    return new Uri("file", "", path.resolve(p));
  }
  static parse(s: string): Uri {
    const m = /^([a-zA-Z][\w+.-]*):(?:\/\/([^/?#]*))?([^?#]*)(?:\?([^#]*))?(?:#(.*))?$/.exec(s);
    if (m === null) {
      throw new Error(`fake vscode: cannot parse URI ${s}`);
    }
    return new Uri(m[1], m[2] ?? "", decodeURIComponent(m[3]), m[4] ?? "", m[5] ?? "");
  }
  static joinPath(base: Uri, ...parts: string[]): Uri {
    return base.with({ path: path.posix.join(base.path, ...parts) });
  }
  get fsPath(): string {
    return this.path;
  }
  with(change: { scheme?: string; authority?: string; path?: string; query?: string; fragment?: string }): Uri {
    return new Uri(
      change.scheme ?? this.scheme,
      change.authority ?? this.authority,
      change.path ?? this.path,
      change.query ?? this.query,
      change.fragment ?? this.fragment,
    );
  }
  toString(): string {
    const p = this.path.split("/").map(encodeURIComponent).join("/");
    return `${this.scheme}://${this.authority}${p}${this.query ? "?" + this.query : ""}${this.fragment ? "#" + this.fragment : ""}`;
  }
  toJSON(): unknown {
    return { scheme: this.scheme, authority: this.authority, path: this.path, query: this.query, fragment: this.fragment };
  }
}

export class Position {
  constructor(
    readonly line: number,
    readonly character: number,
  ) {}
  isBefore(o: Position): boolean {
    return this.line < o.line || (this.line === o.line && this.character < o.character);
  }
  isEqual(o: Position): boolean {
    return this.line === o.line && this.character === o.character;
  }
}

export class Range {
  readonly start: Position;
  readonly end: Position;
  constructor(a: Position | number, b: Position | number, c?: number, d?: number) {
    this.start = typeof a === "number" ? new Position(a, b as number) : a;
    this.end = typeof a === "number" ? new Position(c as number, d as number) : (b as Position);
  }
  get isEmpty(): boolean {
    return this.start.isEqual(this.end);
  }
}

export class Selection extends Range {}

export class Location {
  constructor(
    readonly uri: Uri,
    readonly range: Range,
  ) {}
}

export enum DiagnosticSeverity {
  Error = 0,
  Warning = 1,
  Information = 2,
  Hint = 3,
}
export enum DiagnosticTag {
  Unnecessary = 1,
  Deprecated = 2,
}

export class Diagnostic {
  source?: string;
  code?: string | number | { value: string | number; target: Uri };
  relatedInformation?: DiagnosticRelatedInformation[];
  tags?: DiagnosticTag[];
  constructor(
    public range: Range,
    public message: string,
    public severity: DiagnosticSeverity = DiagnosticSeverity.Error,
  ) {}
}

export class DiagnosticRelatedInformation {
  constructor(
    readonly location: Location,
    readonly message: string,
  ) {}
}

export class TextEdit {
  static replace(range: Range, newText: string): TextEdit {
    return new TextEdit(range, newText);
  }
  static insert(at: Position, newText: string): TextEdit {
    return new TextEdit(new Range(at, at), newText);
  }
  static delete(range: Range): TextEdit {
    return new TextEdit(range, "");
  }
  constructor(
    public range: Range,
    public newText: string,
  ) {}
}

export class WorkspaceEdit {
  private readonly edits = new Map<string, [Uri, TextEdit[]]>();
  replace(uri: Uri, range: Range, newText: string): void {
    this.add(uri, [new TextEdit(range, newText)]);
  }
  insert(uri: Uri, at: Position, newText: string): void {
    this.add(uri, [TextEdit.insert(at, newText)]);
  }
  delete(uri: Uri, range: Range): void {
    this.add(uri, [TextEdit.delete(range)]);
  }
  set(uri: Uri, edits: TextEdit[]): void {
    this.edits.set(uri.toString(), [uri, [...edits]]);
  }
  get(uri: Uri): TextEdit[] {
    return this.edits.get(uri.toString())?.[1] ?? [];
  }
  has(uri: Uri): boolean {
    return this.edits.has(uri.toString());
  }
  entries(): [Uri, TextEdit[]][] {
    return [...this.edits.values()];
  }
  get size(): number {
    return this.edits.size;
  }
  createFile(): void {
    throw new Error("fake vscode: file operations in a workspace edit are not supported");
  }
  deleteFile(): void {
    this.createFile();
  }
  renameFile(): void {
    this.createFile();
  }
  private add(uri: Uri, edits: TextEdit[]): void {
    this.set(uri, [...this.get(uri), ...edits]);
  }
}

export class CodeActionKind {
  static readonly Empty = new CodeActionKind("");
  static readonly QuickFix = new CodeActionKind("quickfix");
  static readonly Refactor = new CodeActionKind("refactor");
  static readonly RefactorExtract = new CodeActionKind("refactor.extract");
  static readonly RefactorInline = new CodeActionKind("refactor.inline");
  static readonly RefactorMove = new CodeActionKind("refactor.move");
  static readonly RefactorRewrite = new CodeActionKind("refactor.rewrite");
  static readonly Source = new CodeActionKind("source");
  static readonly SourceOrganizeImports = new CodeActionKind("source.organizeImports");
  static readonly SourceFixAll = new CodeActionKind("source.fixAll");
  static readonly Notebook = new CodeActionKind("notebook");
  constructor(readonly value: string) {}
  append(part: string): CodeActionKind {
    return new CodeActionKind(this.value ? `${this.value}.${part}` : part);
  }
  contains(other: CodeActionKind): boolean {
    return this.value === "" || other.value === this.value || other.value.startsWith(this.value + ".");
  }
  intersects(other: CodeActionKind): boolean {
    return this.contains(other) || other.contains(this);
  }
}

export class CodeAction {
  edit?: WorkspaceEdit;
  diagnostics?: Diagnostic[];
  command?: unknown;
  isPreferred?: boolean;
  disabled?: { reason: string };
  constructor(
    public title: string,
    public kind?: CodeActionKind,
  ) {}
}

export class MarkdownString {
  constructor(
    public value = "",
    public supportThemeIcons = false,
  ) {}
  appendText(s: string): this {
    this.value += s;
    return this;
  }
  appendMarkdown(s: string): this {
    this.value += s;
    return this;
  }
  appendCodeblock(s: string, lang = ""): this {
    this.value += "\n```" + lang + "\n" + s + "\n```\n";
    return this;
  }
}

export class SnippetString {
  constructor(public value = "") {}
}

export class RelativePattern {
  constructor(
    readonly base: unknown,
    readonly pattern: string,
  ) {}
}

export class CancellationError extends Error {}

export class CancellationTokenSource {
  private readonly emitter = new EventEmitter<void>();
  readonly token = { isCancellationRequested: false, onCancellationRequested: this.emitter.event };
  cancel(): void {
    this.token.isCancellationRequested = true;
    this.emitter.fire();
  }
  dispose(): void {
    this.emitter.dispose();
  }
}

// Classes the client only extends or constructs for features the tests do
// not use: they record their arguments.
class Recorded {
  readonly args: unknown[];
  constructor(...args: unknown[]) {
    this.args = args;
  }
}
export class CallHierarchyItem extends Recorded {}
export class CallHierarchyIncomingCall extends Recorded {}
export class CallHierarchyOutgoingCall extends Recorded {}
export class CodeLens extends Recorded {}
export class Color extends Recorded {}
export class ColorInformation extends Recorded {}
export class ColorPresentation extends Recorded {}
export class CompletionItem extends Recorded {}
export class CompletionList extends Recorded {}
export class DocumentHighlight extends Recorded {}
export class DocumentLink extends Recorded {}
export class DocumentSymbol extends Recorded {}
export class FoldingRange extends Recorded {}
export class Hover extends Recorded {}
export class InlayHint extends Recorded {}
export class InlayHintLabelPart extends Recorded {}
export class InlineCompletionItem extends Recorded {}
export class InlineCompletionList extends Recorded {}
export class InlineValueEvaluatableExpression extends Recorded {}
export class InlineValueText extends Recorded {}
export class InlineValueVariableLookup extends Recorded {}
export class LinkedEditingRanges extends Recorded {}
export class ParameterInformation extends Recorded {}
export class SelectionRange extends Recorded {}
export class SemanticTokens extends Recorded {}
export class SemanticTokensEdit extends Recorded {}
export class SemanticTokensEdits extends Recorded {}
export class SignatureHelp extends Recorded {}
export class SignatureInformation extends Recorded {}
export class SnippetTextEdit extends Recorded {}
export class SymbolInformation extends Recorded {}
export class TabInputCustom extends Recorded {}
export class TabInputNotebook extends Recorded {}
export class TabInputText extends Recorded {}
export class TabInputTextDiff extends Recorded {}
export class TypeHierarchyItem extends Recorded {}

// Enums by name: the client only passes their members along.
const byName = (): Record<string, string> => new Proxy({}, { get: (_t, key) => String(key) });
export const CodeActionTriggerKind = { Invoke: 1, Automatic: 2 };
export const CompletionItemKind = byName();
export const CompletionItemTag = { Deprecated: 1 };
export const CompletionTriggerKind = { Invoke: 0, TriggerCharacter: 1, TriggerForIncompleteCompletions: 2 };
export const DocumentHighlightKind = { Text: 0, Read: 1, Write: 2 };
export const FileType = { Unknown: 0, File: 1, Directory: 2, SymbolicLink: 64 };
export const FoldingRangeKind = { Comment: 1, Imports: 2, Region: 3 };
export const InlineCompletionTriggerKind = { Invoke: 0, Automatic: 1 };
export const LogLevel = { Off: 0, Trace: 1, Debug: 2, Info: 3, Warning: 4, Error: 5 };
export const NotebookCellKind = { Markup: 1, Code: 2 };
export const ProgressLocation = { SourceControl: 1, Window: 10, Notification: 15 };
export const SignatureHelpTriggerKind = { Invoke: 1, TriggerCharacter: 2, ContentChange: 3 };
export const SymbolKind = byName();
export const SymbolTag = { Deprecated: 1 };
export const TextDocumentSaveReason = { Manual: 1, AfterDelay: 2, FocusOut: 3 };
export const EndOfLine = { LF: 1, CRLF: 2 };

export const version = "1.91.0";

/** A text document held in memory. */
export class FakeDocument {
  version = 1;
  isClosed = false;
  readonly isDirty = false;
  readonly isUntitled = false;
  readonly eol = EndOfLine.LF;
  constructor(
    readonly uri: Uri,
    readonly languageId: string,
    private text: string,
  ) {}
  get fileName(): string {
    return this.uri.fsPath;
  }
  get lineCount(): number {
    return this.text.split("\n").length;
  }
  getText(range?: Range): string {
    return range === undefined ? this.text : this.text.slice(this.offsetAt(range.start), this.offsetAt(range.end));
  }
  offsetAt(p: Position): number {
    const lines = this.text.split("\n");
    let off = 0;
    for (let i = 0; i < p.line && i < lines.length; i++) {
      off += lines[i].length + 1;
    }
    return Math.min(off + p.character, this.text.length);
  }
  positionAt(offset: number): Position {
    const before = this.text.slice(0, Math.max(0, Math.min(offset, this.text.length))).split("\n");
    return new Position(before.length - 1, before[before.length - 1].length);
  }
  lineAt(line: number): { text: string; range: Range } {
    const text = this.text.split("\n")[line] ?? "";
    return { text, range: new Range(line, 0, line, text.length) };
  }
  save(): Promise<boolean> {
    return Promise.resolve(true);
  }
  /**
   * Applies edits as VS Code does, all against the text before any of
   * them, and returns the content changes of the change event: from the
   * last edit back, so each range holds in the text the previous left.
   */
  apply(edits: TextEdit[]): { range: Range; rangeOffset: number; rangeLength: number; text: string }[] {
    const spans = edits
      .map((e) => ({ from: this.offsetAt(e.range.start), to: this.offsetAt(e.range.end), text: e.newText }))
      .sort((a, b) => b.from - a.from);
    const changes = spans.map((sp) => {
      const change = { range: new Range(this.positionAt(sp.from), this.positionAt(sp.to)), rangeOffset: sp.from, rangeLength: sp.to - sp.from, text: sp.text };
      this.text = this.text.slice(0, sp.from) + sp.text + this.text.slice(sp.to);
      return change;
    });
    this.version++;
    return changes;
  }
}

/** An output channel that keeps its lines. */
class FakeOutputChannel {
  readonly lines: string[] = [];
  readonly logLevel = LogLevel.Info;
  readonly onDidChangeLogLevel = new EventEmitter<number>().event;
  shown = false;
  constructor(readonly name: string) {}
  append(s: string): void {
    this.lines.push(s);
  }
  appendLine(s: string): void {
    this.lines.push(s);
  }
  replace(s: string): void {
    this.lines.length = 0;
    this.lines.push(s);
  }
  trace(s: string): void {
    this.lines.push(`[trace] ${s}`);
  }
  debug(s: string): void {
    this.lines.push(`[debug] ${s}`);
  }
  info(s: string): void {
    this.lines.push(`[info] ${s}`);
  }
  warn(s: string): void {
    this.lines.push(`[warn] ${s}`);
  }
  error(s: unknown): void {
    this.lines.push(`[error] ${s instanceof Error ? s.message : String(s)}`);
  }
  clear(): void {
    this.lines.length = 0;
  }
  show(): void {
    this.shown = true;
  }
  hide(): void {
    this.shown = false;
  }
  dispose(): void {}
}

/** A diagnostic collection that tells the test when it changes. */
class FakeDiagnosticCollection {
  private readonly byUri = new Map<string, Diagnostic[]>();
  constructor(readonly name: string | undefined) {}
  set(uri: Uri | [Uri, Diagnostic[]][], diagnostics?: Diagnostic[]): void {
    const entries: [Uri, Diagnostic[] | undefined][] = Array.isArray(uri) ? uri : [[uri, diagnostics]];
    for (const [u, d] of entries) {
      this.byUri.set(u.toString(), d ?? []);
      fake.diagnosticsChanged.fire({ uri: u, diagnostics: d ?? [] });
    }
  }
  get(uri: Uri): Diagnostic[] | undefined {
    return this.byUri.get(uri.toString());
  }
  has(uri: Uri): boolean {
    return this.byUri.has(uri.toString());
  }
  delete(uri: Uri): void {
    this.byUri.delete(uri.toString());
  }
  clear(): void {
    this.byUri.clear();
  }
  forEach(fn: (uri: Uri, d: Diagnostic[]) => void): void {
    this.byUri.forEach((d, u) => fn(Uri.parse(u), d));
  }
  dispose(): void {
    this.byUri.clear();
  }
}

const noop = (): Disposable => new Disposable(() => undefined);
const noEvent = new EventEmitter<never>().event;

/** The test's handle on the fake: settings, documents and what was shown. */
export const fake = {
  settings: new Map<string, unknown>(),
  documents: [] as FakeDocument[],
  messages: [] as { level: "error" | "warning" | "information"; text: string; items: string[] }[],
  channels: [] as FakeOutputChannel[],
  commands: new Map<string, (...args: unknown[]) => unknown>(),
  folders: [] as { uri: Uri; name: string; index: number }[],
  activeDocument: undefined as FakeDocument | undefined,
  diagnosticsChanged: new EventEmitter<{ uri: Uri; diagnostics: Diagnostic[] }>(),
  didOpen: new EventEmitter<FakeDocument>(),
  didChange: new EventEmitter<{ document: FakeDocument; contentChanges: unknown[]; reason: undefined }>(),
  didClose: new EventEmitter<FakeDocument>(),
  configurationChanged: new EventEmitter<{ affectsConfiguration(section: string): boolean }>(),

  /** Opens a document as the editor would, and makes it the active one. */
  open(file: string, text: string, languageId = "xf"): FakeDocument {
    const doc = new FakeDocument(Uri.file(file), languageId, text);
    this.documents.push(doc);
    this.activeDocument = doc;
    this.didOpen.fire(doc);
    return doc;
  },

  /** Changes settings and tells the listeners, as the settings editor does. */
  configure(values: Record<string, unknown>): void {
    for (const [k, v] of Object.entries(values)) {
      this.settings.set(k, v);
    }
    const keys = Object.keys(values);
    this.configurationChanged.fire({
      affectsConfiguration: (s) => keys.some((k) => k === s || k.startsWith(s + ".") || s.startsWith(k + ".")),
    });
  },

  reset(): void {
    this.settings.clear();
    this.documents.length = 0;
    this.messages.length = 0;
    this.channels.length = 0;
    this.commands.clear();
    this.folders.length = 0;
    this.activeDocument = undefined;
  },
};

function configuration(section?: string) {
  const full = (key: string) => (section ? `${section}.${key}` : key);
  return {
    get<T>(key: string, fallback?: T): T | undefined {
      return fake.settings.has(full(key)) ? (fake.settings.get(full(key)) as T) : fallback;
    },
    has(key: string): boolean {
      return fake.settings.has(full(key));
    },
    inspect(key: string) {
      return { key: full(key), globalValue: fake.settings.get(full(key)) };
    },
    update(key: string, value: unknown): Promise<void> {
      fake.configure({ [full(key)]: value });
      return Promise.resolve();
    },
  };
}

function message(level: "error" | "warning" | "information") {
  return (text: string, ...items: unknown[]): Promise<undefined> => {
    fake.messages.push({ level, text, items: items.filter((i): i is string => typeof i === "string") });
    return Promise.resolve(undefined);
  };
}

export const workspace = {
  get workspaceFolders() {
    return fake.folders.length > 0 ? fake.folders : undefined;
  },
  get textDocuments() {
    return fake.documents.filter((d) => !d.isClosed);
  },
  notebookDocuments: [],
  getConfiguration: configuration,
  getWorkspaceFolder: (uri: Uri) => fake.folders.find((f) => uri.fsPath.startsWith(f.uri.fsPath + "/")),
  asRelativePath: (p: Uri | string) => {
    const file = typeof p === "string" ? p : p.fsPath;
    const folder = fake.folders.find((f) => file.startsWith(f.uri.fsPath + "/"));
    return folder ? path.relative(folder.uri.fsPath, file) : file;
  },
  onDidOpenTextDocument: fake.didOpen.event,
  onDidChangeTextDocument: fake.didChange.event,
  onDidCloseTextDocument: fake.didClose.event,
  onDidSaveTextDocument: noEvent,
  onWillSaveTextDocument: noEvent,
  onDidChangeConfiguration: fake.configurationChanged.event,
  onDidChangeWorkspaceFolders: noEvent,
  onDidOpenNotebookDocument: noEvent,
  onDidChangeNotebookDocument: noEvent,
  onDidSaveNotebookDocument: noEvent,
  onDidCloseNotebookDocument: noEvent,
  onDidCreateFiles: noEvent,
  onDidRenameFiles: noEvent,
  onDidDeleteFiles: noEvent,
  onWillCreateFiles: noEvent,
  onWillRenameFiles: noEvent,
  onWillDeleteFiles: noEvent,
  createFileSystemWatcher: () => ({
    onDidCreate: noEvent,
    onDidChange: noEvent,
    onDidDelete: noEvent,
    dispose: () => undefined,
  }),
  registerTextDocumentContentProvider: noop,
  /** Applies text edits to open documents; false for any other file. */
  applyEdit(edit: WorkspaceEdit): Promise<boolean> {
    const targets = edit.entries().map(([uri, edits]) => [fake.documents.find((d) => d.uri.toString() === uri.toString()), edits] as const);
    if (targets.some(([doc]) => doc === undefined)) {
      return Promise.resolve(false);
    }
    for (const [doc, edits] of targets) {
      const contentChanges = doc!.apply(edits);
      fake.didChange.fire({ document: doc!, contentChanges, reason: undefined });
    }
    return Promise.resolve(true);
  },
};

export const window = {
  get activeTextEditor() {
    return fake.activeDocument && { document: fake.activeDocument };
  },
  get visibleTextEditors() {
    return fake.activeDocument ? [{ document: fake.activeDocument }] : [];
  },
  tabGroups: { all: [], onDidChangeTabs: noEvent, onDidChangeTabGroups: noEvent },
  onDidChangeActiveTextEditor: noEvent,
  onDidChangeVisibleTextEditors: noEvent,
  createOutputChannel(name: string) {
    const c = new FakeOutputChannel(name);
    fake.channels.push(c);
    return c;
  },
  showErrorMessage: message("error"),
  showWarningMessage: message("warning"),
  showInformationMessage: message("information"),
  showTextDocument: () => Promise.resolve(undefined),
  withProgress: <R>(_o: unknown, task: (p: { report(): void }, t: unknown) => Promise<R>) =>
    task({ report: () => undefined }, new CancellationTokenSource().token),
};

type Filter = { language?: string; scheme?: string; pattern?: unknown } | string;

export const languages = {
  match(selector: Filter | Filter[], doc: FakeDocument): number {
    const filters = Array.isArray(selector) ? selector : [selector];
    return filters.some((f) =>
      typeof f === "string"
        ? f === doc.languageId
        : (f.language === undefined || f.language === doc.languageId) && (f.scheme === undefined || f.scheme === doc.uri.scheme),
    )
      ? 10
      : 0;
  },
  createDiagnosticCollection: (name?: string) => new FakeDiagnosticCollection(name),
  /** As VS Code: the document is closed and opened again under the new language. */
  setTextDocumentLanguage(doc: FakeDocument, languageId: string): Promise<FakeDocument> {
    doc.isClosed = true;
    fake.didClose.fire(doc);
    const again = new FakeDocument(doc.uri, languageId, doc.getText());
    fake.documents.push(again);
    if (fake.activeDocument === doc) {
      fake.activeDocument = again;
    }
    fake.didOpen.fire(again);
    return Promise.resolve(again);
  },
};
// Providers the server registers are accepted and not used.
for (const name of [
  "registerCallHierarchyProvider", "registerCodeActionsProvider", "registerCodeLensProvider", "registerColorProvider",
  "registerCompletionItemProvider", "registerDeclarationProvider", "registerDefinitionProvider",
  "registerDocumentFormattingEditProvider", "registerDocumentHighlightProvider", "registerDocumentLinkProvider",
  "registerDocumentRangeFormattingEditProvider", "registerDocumentRangeSemanticTokensProvider",
  "registerDocumentSemanticTokensProvider", "registerDocumentSymbolProvider", "registerFoldingRangeProvider",
  "registerHoverProvider", "registerImplementationProvider", "registerInlayHintsProvider",
  "registerInlineCompletionItemProvider", "registerInlineValuesProvider", "registerLinkedEditingRangeProvider",
  "registerOnTypeFormattingEditProvider", "registerReferenceProvider", "registerRenameProvider",
  "registerSelectionRangeProvider", "registerSignatureHelpProvider", "registerTypeDefinitionProvider",
  "registerTypeHierarchyProvider", "registerWorkspaceSymbolProvider",
]) {
  (languages as Record<string, unknown>)[name] = noop;
}

export const commands = {
  registerCommand(id: string, fn: (...args: unknown[]) => unknown): Disposable {
    fake.commands.set(id, fn);
    return new Disposable(() => fake.commands.delete(id));
  },
  executeCommand(id: string, ...args: unknown[]): Promise<unknown> {
    const fn = fake.commands.get(id);
    return Promise.resolve(fn?.(...args));
  },
  getCommands: () => Promise.resolve([...fake.commands.keys()]),
};

export const env = {
  appName: "fake vscode",
  appRoot: "/",
  language: "en",
  machineId: "test",
  sessionId: "test",
  uriScheme: "vscode",
  openExternal: () => Promise.resolve(true),
};

export const extensions = { getExtension: () => undefined, all: [] };
