// Starts the real xfls through the extension's own activate(), with the
// vscode-languageclient code the extension ships, outside VS Code: the
// `vscode` module is test/fake-vscode.ts. The binary is $XFLS_PATH, or
// built from the repository's cmd/xfls.

import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { after, afterEach, before, beforeEach, test } from "node:test";
import type { Api } from "../src/extension";
import { activate, deactivate } from "../src/extension";
import { Diagnostic, DiagnosticSeverity, fake, FakeDocument, Uri } from "./fake-vscode";

let tmp: string;
let xfls: string;

/** The xfls to test: $XFLS_PATH, or `go build ./cmd/xfls` of this repository. */
function serverBinary(): string {
  if (process.env.XFLS_PATH) {
    return path.resolve(process.env.XFLS_PATH);
  }
  let root = process.cwd();
  while (!fs.existsSync(path.join(root, "go.mod"))) {
    const up = path.dirname(root);
    assert.notEqual(up, root, `no go.mod above ${process.cwd()}: run the tests inside the xfgen repository or set XFLS_PATH`);
    root = up;
  }
  const out = path.join(tmp, "xfls");
  try {
    execFileSync("go", ["build", "-o", out, "./cmd/xfls"], { cwd: root, stdio: "pipe" });
  } catch (err) {
    const e = err as { stderr?: Buffer; message: string };
    assert.fail(
      `cannot build the language server with \`go build -o ${out} ./cmd/xfls\` in ${root}: ` +
        `${e.stderr?.toString().trim() || e.message}\nSet XFLS_PATH to an xfls binary to test against it instead.`,
    );
  }
  return out;
}

before(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "xf-vscode-"));
  xfls = serverBinary();
});

after(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

let workspace: string;
let context: { subscriptions: { dispose(): unknown }[] };

beforeEach(() => {
  fake.reset();
  workspace = fs.mkdtempSync(path.join(tmp, "ws-"));
  fake.folders.push({ uri: Uri.file(workspace), name: path.basename(workspace), index: 0 });
  context = { subscriptions: [] };
});

afterEach(async () => {
  await deactivate();
  context.subscriptions.forEach((d) => d.dispose());
});

function write(name: string, text: string): string {
  const file = path.join(workspace, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  return file;
}

async function start(settings: Record<string, unknown>): Promise<Api> {
  for (const [k, v] of Object.entries(settings)) {
    fake.settings.set(k, v);
  }
  return activate(context as never);
}

/** The server's output so far, for failure messages. */
function output(): string {
  return fake.channels.flatMap((c) => c.lines).join("\n");
}

/**
 * Resolves with the document's diagnostics once `ok` holds for them. Fails
 * (rather than hang) when the server does not publish such diagnostics.
 */
function diagnostics(doc: FakeDocument | Uri, ok: (d: Diagnostic[]) => boolean, what: string): Promise<Diagnostic[]> {
  const uri = doc instanceof Uri ? doc : doc.uri;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`xfls published no diagnostics ${what} for ${uri.fsPath}; its output:\n${output()}`));
    }, 30_000);
    const sub = fake.diagnosticsChanged.event((e) => {
      if (e.uri.toString() === uri.toString() && ok(e.diagnostics)) {
        clearTimeout(timer);
        sub.dispose();
        resolve(e.diagnostics);
      }
    });
  });
}

const oldHeader = "struct conn { int fd; int port; };\nstruct conn conns[4];\n";
const newHeader = "struct conn { int sock; int port; };\nstruct conn conns[4];\n";

test("a syntax error in a spec comes back as a diagnostic at its place", async () => {
  write("old.h", oldHeader);
  write("new.h", newHeader);
  const api = await start({ "xfls.path": xfls, "xfls.old": ["old.h"], "xfls.new": ["new.h"] });
  assert.ok(api.client, `the client did not start; messages: ${JSON.stringify(fake.messages)}; output:\n${output()}`);
  const spec = write("syntax.xf", "struct conn.fd -> struct conn.sock\n\nold_thing -> : { $out = 0; }\n");
  const doc = fake.open(spec, fs.readFileSync(spec, "utf8"));
  const got = await diagnostics(doc, (d) => d.length > 0, "for a syntax error");
  const error = got.find((d) => d.severity === DiagnosticSeverity.Error);
  assert.ok(error, `no error among ${JSON.stringify(got)}`);
  assert.equal(error.range.start.line, 2, `the error is on line 3: ${JSON.stringify(error)}`);
  assert.equal(fake.messages.filter((m) => m.level === "error").length, 0, JSON.stringify(fake.messages));
});

test("the old and new files from the settings reach the server, and a change of them is sent to it", async () => {
  write("old.h", oldHeader);
  write("new.h", newHeader);
  write("fixed.h", "struct conn { int sock; int prot; };\nstruct conn conns[4];\n");
  await start({ "xfls.path": xfls, "xfls.old": ["old.h"], "xfls.new": ["new.h"] });
  const text = "struct conn.fd -> struct conn.sock\nstruct conn.port -> struct conn.prot\n";
  const doc = fake.open(write("spec.xf", text), text);
  const got = await diagnostics(doc, (d) => d.some((x) => x.message.includes("prot")), "naming the unknown field `prot`");
  const bad = got.find((x) => x.message.includes("prot"))!;
  assert.equal(bad.severity, DiagnosticSeverity.Error);
  assert.equal(bad.range.start.line, 1, JSON.stringify(bad));
  assert.match(bad.message, /did you mean `port`/, bad.message);

  // The new version now has `prot`: the server is told and checks again.
  fake.configure({ "xfls.new": ["fixed.h"] });
  await diagnostics(doc, (d) => !d.some((x) => x.message.includes("prot")), "without the `prot` error after xfls.new changed");
});

test('"Add all missing rules" applies the server\'s source action to the spec', async () => {
  write("old.h", "int a;\n");
  const header = Uri.file(write("new.h", "int a;\nint added;\n"));
  await start({ "xfls.path": xfls, "xfls.old": ["old.h"], "xfls.new": ["new.h"] });
  const text = "// the state of version 2\n";
  // The error is at the new variable's declaration, in new.h.
  const missing = diagnostics(header, (d) => d.some((x) => /`added` is new/.test(x.message)), "about the new variable `added`");
  const doc = fake.open(write("spec.xf", text), text);
  await missing;
  await fake.commands.get("xfls.addMissingRules")!();
  assert.match(doc.getText(), /^\/\/ the state of version 2\n[\s\S]*INIT added\b/, `the spec after the command:\n${doc.getText()}\nmessages: ${JSON.stringify(fake.messages)}`);
  await diagnostics(header, (d) => d.length === 0, "clearing new.h once the rules are added");

  // Nothing is missing any more: the command says so and leaves the spec alone.
  const after = doc.getText();
  await fake.commands.get("xfls.addMissingRules")!();
  assert.equal(doc.getText(), after);
  assert.ok(fake.messages.some((m) => m.level === "information" && /no rules are missing in spec\.xf/.test(m.text)), JSON.stringify(fake.messages));
});

test("the restart and show-output commands act on the running server", async () => {
  write("old.h", oldHeader);
  write("new.h", newHeader);
  const api = await start({ "xfls.path": xfls, "xfls.old": ["old.h"], "xfls.new": ["new.h"] });
  const first = api.client;
  assert.ok(first);
  await fake.commands.get("xfls.restart")!();
  assert.ok(api.client && api.client !== first, "a new client after the restart");
  assert.ok(api.client.isRunning(), "the restarted server runs");
  await fake.commands.get("xfls.showOutput")!();
  assert.ok(fake.channels.some((c) => c.name === "xf Language Server" && c.shown));
});

test("a server that dies is started again, up to the limit, and then the user is told", { timeout: 180_000 }, async () => {
  write("old.h", oldHeader);
  write("new.h", newHeader);
  // A wrapper that records the pid of each server it starts (exec keeps it).
  const pids = path.join(workspace, "pids");
  const wrapper = write("xfls-wrapper", `#!/bin/sh\necho $$ >> '${pids}'\nexec '${xfls}' "$@"\n`);
  fs.chmodSync(wrapper, 0o755);
  await start({ "xfls.path": wrapper, "xfls.old": ["old.h"], "xfls.new": ["new.h"] });
  const text = "old_thing -> : { $out = 0; }\n";
  const doc = fake.open(write("spec.xf", text), text);
  await diagnostics(doc, (d) => d.length > 0, "before the first crash");

  const started = () => (fs.existsSync(pids) ? fs.readFileSync(pids, "utf8").trim().split("\n").map(Number) : []);
  const restarted = async (count: number) => {
    for (let i = 0; i < 300 && started().length < count; i++) {
      await new Promise((r) => setTimeout(r, 100));
    }
    return started().length >= count;
  };
  // RestartPolicy's default: 4 restarts within 3 minutes.
  for (let crash = 1; crash <= 4; crash++) {
    const again = diagnostics(doc, (d) => d.length > 0, `from the server started after crash ${crash}`);
    process.kill(started().at(-1)!, "SIGKILL");
    assert.ok(await restarted(crash + 1), `no server started after crash ${crash}; output:\n${output()}`);
    await again; // the new server got the open spec
  }
  const told = new Promise<void>((resolve) => {
    const poll = setInterval(() => {
      if (fake.messages.some((m) => m.level === "error" && /stopped 5 times/.test(m.text))) {
        clearInterval(poll);
        resolve();
      }
    }, 100);
  });
  process.kill(started().at(-1)!, "SIGKILL");
  await told;
  const message = fake.messages.find((m) => /stopped 5 times/.test(m.text))!.text;
  assert.match(message, /Restart the language server/);
  await new Promise((r) => setTimeout(r, 1000));
  assert.equal(started().length, 5, "no sixth server");
});

test('a spec whose xfgen.toml says lang = "go" is shown as xf-go and still checked by the server', async () => {
  write("old.h", oldHeader);
  write("new.h", newHeader);
  write("xfgen.toml", 'old = ["old.h"]\nnew = ["new.h"]\nlang = "go"\n');
  await start({ "xfls.path": xfls });
  const text = "old_thing -> : { $out = 0 }\n";
  const opened = fake.open(write("spec.xf", text), text);
  const doc = fake.activeDocument!;
  assert.equal(doc.languageId, "xf-go");
  assert.ok(opened.isClosed, "the document was reopened under the new language");
  const got = await diagnostics(doc, (d) => d.length > 0, "for a syntax error in an xf-go document");
  assert.equal(got[0].range.start.line, 0, JSON.stringify(got));
});
