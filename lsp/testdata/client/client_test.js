// Drives xfls over real stdio with the client library VS Code's own
// language client is built on, the way an editor does: a spec of the
// kvserver example (which has an xfgen.toml) is opened and the server's
// diagnostics, hover, completion, definition, quick fix and formatting
// are checked.
//
//   node client_test.js XFLS_BINARY KVSERVER_DIR
'use strict';
const assert = require('node:assert/strict');
const cp = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { pathToFileURL } = require('node:url');
const rpc = require('vscode-jsonrpc/node');
const lsp = require('vscode-languageserver-protocol');

const [xfls, kvDir] = process.argv.slice(2);
if (!xfls || !kvDir) {
  console.error('usage: node client_test.js XFLS_BINARY KVSERVER_DIR');
  process.exit(2);
}
const specPath = path.join(kvDir, 'spec.xf');
const specURI = pathToFileURL(specPath).href;
// The example's spec with the rename's target misspelt, and a rule whose
// code completes members after $in->.
const original = fs.readFileSync(specPath, 'utf8');
const broken = original.replace('struct config.max_clients', 'struct config.max_clints') +
  '\nconns -> conns: {\n  $out = $in->\n}\n';
const lines = broken.split('\n');
const lineOf = (needle) => lines.findIndex((l) => l.includes(needle));

const child = cp.spawn(xfls, ['--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
const conn = rpc.createMessageConnection(new rpc.StreamMessageReader(child.stdout), new rpc.StreamMessageWriter(child.stdin));
const published = [];
let wake = () => {};
conn.onNotification(lsp.PublishDiagnosticsNotification.type, (p) => { published.push(p); wake(); });
conn.onRequest('client/registerCapability', () => null);
conn.onRequest('window/workDoneProgress/create', () => null);
conn.listen();

async function diagnostics(version) {
  const deadline = Date.now() + 30000;
  for (;;) {
    const p = published.filter((x) => x.uri === specURI && x.version === version).pop();
    if (p) return p.diagnostics;
    if (Date.now() > deadline) throw new Error(`no diagnostics for version ${version}`);
    await new Promise((r) => { wake = r; setTimeout(r, 100); });
  }
}

let passed = 0;
let failed = 0;
async function check(name, f) {
  try {
    await f();
    passed++;
    console.log(`ok ${name}`);
  } catch (e) {
    failed++;
    console.log(`FAIL ${name}: ${e.stack || e}`);
  }
}

async function main() {
  const init = await conn.sendRequest(lsp.InitializeRequest.type, {
    processId: process.pid,
    rootUri: pathToFileURL(kvDir).href,
    capabilities: { general: { positionEncodings: ['utf-16'] }, window: { workDoneProgress: true } },
    workspaceFolders: [{ uri: pathToFileURL(kvDir).href, name: 'kvserver' }],
  });
  await conn.sendNotification(lsp.InitializedNotification.type, {});
  await conn.sendNotification(lsp.DidOpenTextDocumentNotification.type, {
    textDocument: { uri: specURI, languageId: 'xf', version: 1, text: broken },
  });

  await check('capabilities', async () => {
    assert.equal(init.capabilities.positionEncoding, 'utf-16');
    assert.equal(init.capabilities.textDocumentSync.change, lsp.TextDocumentSyncKind.Incremental);
    assert.deepEqual(init.capabilities.semanticTokensProvider.legend.tokenTypes.slice(0, 2), ['keyword', 'operator']);
    assert.equal(init.serverInfo.name, 'xfls');
  });

  let unknownField;
  await check('diagnostics', async () => {
    const ds = await diagnostics(1);
    unknownField = ds.find((d) => d.code === 'XF0103');
    assert.ok(unknownField, JSON.stringify(ds));
    assert.match(unknownField.message, /has no field `max_clints` \(did you mean `max_clients`\?\)/);
    const line = lineOf('max_clints');
    assert.deepEqual(unknownField.range.start, { line, character: lines[line].indexOf('max_clints') });
    assert.equal(unknownField.severity, lsp.DiagnosticSeverity.Error);
    assert.match(unknownField.codeDescription.href, /#xf0103$/);
  });

  await check('hover', async () => {
    const line = lineOf('struct config.idle_timeout ->');
    const h = await conn.sendRequest(lsp.HoverRequest.type, { textDocument: { uri: specURI }, position: { line, character: 16 } });
    assert.equal(h.contents.kind, 'markdown');
    assert.match(h.contents.value, /int idle_timeout;/);
    assert.match(h.contents.value, /\*\*new\*\*: not in this version/);
  });

  await check('completion of members after $in->', async () => {
    const line = lineOf('$out = $in->');
    const r = await conn.sendRequest(lsp.CompletionRequest.type, { textDocument: { uri: specURI }, position: { line, character: lines[line].length } });
    const labels = (r.items || r).map((i) => i.label);
    for (const f of ['fd', 'state', 'reqs', 'next', 'last_touched']) assert.ok(labels.includes(f), `${f} not in ${labels}`);
    assert.ok(!labels.includes('bytes_in'), '$in is the old conn: bytes_in is new');
  });

  await check('definition', async () => {
    const line = lineOf('struct config.idle_timeout ->');
    const col = lines[line].lastIndexOf('idle_timeout_ms');
    const loc = await conn.sendRequest(lsp.DefinitionRequest.type, { textDocument: { uri: specURI }, position: { line, character: col + 2 } });
    assert.equal(loc.uri, pathToFileURL(path.join(kvDir, 'new.h')).href);
    const header = fs.readFileSync(path.join(kvDir, 'new.h'), 'utf8').split('\n');
    assert.ok(header[loc.range.start.line].includes('idle_timeout_ms'), header[loc.range.start.line]);
  });

  let fixed;
  await check('quick fix applied', async () => {
    const actions = await conn.sendRequest(lsp.CodeActionRequest.type, {
      textDocument: { uri: specURI }, range: unknownField.range, context: { diagnostics: [unknownField], only: ['quickfix'] },
    });
    assert.equal(actions.length, 1, JSON.stringify(actions));
    assert.equal(actions[0].title, 'change to `max_clients`');
    const edits = actions[0].edit.changes[specURI];
    fixed = applyEdits(broken, edits).replace('\nconns -> conns: {\n  $out = $in->\n}\n', '');
    await conn.sendNotification(lsp.DidChangeTextDocumentNotification.type, {
      textDocument: { uri: specURI, version: 2 }, contentChanges: [{ text: fixed }],
    });
    const ds = await diagnostics(2);
    assert.equal(ds.filter((d) => d.severity === lsp.DiagnosticSeverity.Error).length, 0, JSON.stringify(ds));
    assert.equal(fixed, original);
  });

  await check('formatting', async () => {
    const messy = fixed + 'INIT   extra:{$out=0;}\n';
    await conn.sendNotification(lsp.DidChangeTextDocumentNotification.type, {
      textDocument: { uri: specURI, version: 3 }, contentChanges: [{ text: messy }],
    });
    await diagnostics(3);
    const edits = await conn.sendRequest(lsp.DocumentFormattingRequest.type, { textDocument: { uri: specURI }, options: { tabSize: 2, insertSpaces: true } });
    assert.equal(edits.length, 1);
    assert.ok(applyEdits(messy, edits).endsWith('\n\nINIT extra: {$out=0;}\n'), edits[0].newText.slice(-40));
  });

  await conn.sendRequest(lsp.ShutdownRequest.type);
  const exited = new Promise((r) => child.on('exit', r));
  await conn.sendNotification(lsp.ExitNotification.type);
  const code = await exited;
  await check('exit after shutdown', async () => assert.equal(code, 0));
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

// applyEdits applies LSP edits (UTF-16 positions; this text is ASCII).
function applyEdits(text, edits) {
  const offset = (p) => {
    const ls = text.split('\n');
    let o = 0;
    for (let i = 0; i < p.line; i++) o += ls[i].length + 1;
    return o + p.character;
  };
  const sorted = [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start));
  for (const e of sorted) text = text.slice(0, offset(e.range.start)) + e.newText + text.slice(offset(e.range.end));
  return text;
}

main().catch((e) => { console.log(`FAIL ${e.stack || e}`); console.log(`${passed} passed, ${failed + 1} failed`); process.exit(1); });
