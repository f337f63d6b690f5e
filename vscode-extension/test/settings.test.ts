import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { test } from "node:test";
import { pickAddMissingRules } from "../src/actions";
import { findToml, specLanguage, tomlLang } from "../src/lang";
import {
  didChangeConfigurationParams,
  findExecutable,
  launch,
  missingServerMessage,
  reactionTo,
  RestartPolicy,
  serverOptions,
} from "../src/settings";

const from = (values: Record<string, unknown>) => (key: string) => values[key];

test("serverOptions passes the set keys under the toml's names and drops empty ones", () => {
  const got = serverOptions(
    from({
      old: ["v1/*.c", "v1/include/state.h"],
      new: ["v2/*.c"],
      include: ["include", " "],
      define: [],
      old_define: ["VERSION=1"],
      new_include: "v2/include",
      std: " gnu11 ",
      prefix: "",
      lang: "c",
      path: "/usr/local/bin/xfls",
      args: ["--log", "x"],
      trace: { server: "verbose" },
    }),
  );
  assert.deepEqual(got, {
    old: ["v1/*.c", "v1/include/state.h"],
    new: ["v2/*.c"],
    include: ["include"],
    old_define: ["VERSION=1"],
    new_include: ["v2/include"],
    std: "gnu11",
    lang: "c",
  });
});

test("serverOptions of a workspace with no settings is empty, so xfgen.toml decides", () => {
  assert.deepEqual(serverOptions(from({})), {});
});

test("didChangeConfiguration carries the keys under settings.xfls", () => {
  assert.deepEqual(didChangeConfigurationParams(from({ new: ["b.h"], define: ["X"] })), {
    settings: { xfls: { new: ["b.h"], define: ["X"] } },
  });
});

test("a change of path or args restarts the server; a project setting is sent to it; others are ignored", () => {
  const only = (key: string) => (k: string) => k === key || key.startsWith(k + ".");
  assert.equal(reactionTo(only("xfls.path")), "restart");
  assert.equal(reactionTo(only("xfls.args")), "restart");
  assert.equal(reactionTo(only("xfls.old")), "notify");
  assert.equal(reactionTo(only("xfls.new_define")), "notify");
  assert.equal(reactionTo(only("xfls.lang")), "notify");
  assert.equal(reactionTo(only("xfls.trace.server")), "none");
  assert.equal(reactionTo(only("editor.fontSize")), "none");
});

test("launch expands ~ and ${workspaceFolder} and defaults to xfls", () => {
  assert.deepEqual(launch(from({}), "/ws", "/home/u"), { command: "xfls", args: [] });
  assert.deepEqual(launch(from({ path: "  " }), "/ws", "/home/u"), { command: "xfls", args: [] });
  assert.deepEqual(
    launch(from({ path: "~/go/bin/xfls", args: ["--log", "${workspaceFolder}/xfls.log", 3] }), "/ws", "/home/u"),
    { command: "/home/u/go/bin/xfls", args: ["--log", "/ws/xfls.log"] },
  );
  assert.deepEqual(launch(from({ path: "${workspaceFolder}/bin/xfls" }), "/ws"), { command: "/ws/bin/xfls", args: [] });
});

test("findExecutable looks on PATH for a name and checks a path as given", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "xfls-find-"));
  try {
    const bin = path.join(dir, "bin");
    fs.mkdirSync(bin);
    const exe = path.join(bin, "xfls");
    fs.writeFileSync(exe, "#!/bin/sh\n", { mode: 0o755 });
    const plain = path.join(bin, "notexec");
    fs.writeFileSync(plain, "", { mode: 0o644 });
    fs.mkdirSync(path.join(bin, "adir"), { mode: 0o755 });
    const env = { PATH: [path.join(dir, "none"), bin].join(path.delimiter) };
    assert.equal(findExecutable("xfls", env, "linux"), exe);
    assert.equal(findExecutable(exe, {}, "linux"), exe);
    assert.equal(findExecutable("notexec", env, "linux"), undefined);
    assert.equal(findExecutable("adir", env, "linux"), undefined);
    assert.equal(findExecutable("xfls", { PATH: "" }, "linux"), undefined);
    assert.equal(findExecutable(path.join(dir, "missing", "xfls"), env, "linux"), undefined);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test("the missing-server message names the binary and the fix", () => {
  const onPath = missingServerMessage("xfls");
  assert.match(onPath, /`xfls` was not found on PATH/);
  assert.match(onPath, /go install \.\/cmd\/xfls/);
  assert.match(onPath, /xfls\.path/);
  const given = missingServerMessage("/opt/xfls", "spawn EACCES");
  assert.match(given, /`\/opt\/xfls` \(the `xfls\.path` setting\) is not an executable file \(spawn EACCES\)/);
});

test("RestartPolicy allows a limited number of restarts within its window", () => {
  const p = new RestartPolicy(2, 1000);
  assert.equal(p.crashed(0), true);
  assert.equal(p.crashed(10), true);
  assert.equal(p.crashed(20), false, "third crash within the window");
  assert.equal(p.crashed(2000), true, "the old crashes fell out of the window");
  p.crashed(2001);
  assert.equal(p.crashed(2002), false);
  p.reset();
  assert.equal(p.crashed(2003), true, "a restart by hand starts the count again");
});

test("pickAddMissingRules takes the first enabled action of the kind, never a bare command or another kind", () => {
  const edit = { changes: { "file:///s.xf": [] } };
  assert.equal(pickAddMissingRules(null), undefined);
  assert.equal(pickAddMissingRules([]), undefined);
  const chosen = pickAddMissingRules([
    { title: "run", command: "x.run" },
    { title: "fix", kind: "quickfix", edit },
    { title: "off", kind: "source.addMissingRules", disabled: { reason: "none" } },
    { title: "add", kind: "source.addMissingRules", edit },
    { title: "add2", kind: "source.addMissingRules", edit },
  ]);
  assert.equal(chosen?.title, "add");
  assert.equal(pickAddMissingRules([{ title: "sub", kind: "source.addMissingRules.c" }])?.title, "sub");
  assert.equal(pickAddMissingRules([{ title: "near", kind: "source.addMissingRulesX" }]), undefined);
});

test("tomlLang reads the top-level lang key only", () => {
  assert.equal(tomlLang('old = ["a.h"]\nlang = "go"\n'), "go");
  assert.equal(tomlLang("lang='c' # comment\n"), "c");
  assert.equal(tomlLang('old = ["a.h"]\n'), undefined);
  assert.equal(tomlLang('[tool]\nlang = "go"\n'), undefined);
  assert.equal(tomlLang('language = "go"\n'), undefined);
});

test("specLanguage follows the nearest xfgen.toml, else the setting", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "xf-lang-"));
  try {
    fs.mkdirSync(path.join(dir, "go", "specs"), { recursive: true });
    fs.mkdirSync(path.join(dir, "c"));
    fs.writeFileSync(path.join(dir, "go", "xfgen.toml"), 'new = ["v2"]\nlang = "go"\n');
    fs.writeFileSync(path.join(dir, "c", "xfgen.toml"), 'new = ["v2"]\n');
    // Only files of the test's folder exist, whatever lies above it.
    const exists = (f: string) => f.startsWith(dir + path.sep) && fs.existsSync(f);
    assert.equal(specLanguage(path.join(dir, "go", "specs", "a.xf"), "c", exists), "xf-go");
    assert.equal(specLanguage(path.join(dir, "c", "a.xf"), "go", exists), "xf", "the toml wins over the setting");
    assert.equal(findToml(path.join(dir, "c", "a.xf"), exists), path.join(dir, "c", "xfgen.toml"));
    const lone = path.join(dir, "lone", "a.xf");
    assert.equal(findToml(lone, exists), undefined);
    assert.equal(specLanguage(lone, "go", exists), "xf-go", "without a toml file, the setting");
    assert.equal(specLanguage(lone, undefined, exists), "xf");
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
