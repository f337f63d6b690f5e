// The extension outside VS Code (test/fake-vscode.ts) with an xfls that
// cannot be found: the user gets the fix, not a stack trace.

import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { test } from "node:test";
import { activate, deactivate } from "../src/extension";
import { fake, Uri } from "./fake-vscode";

async function start(settings: Record<string, unknown>) {
  fake.reset();
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), "xf-vscode-"));
  fake.folders.push({ uri: Uri.file(workspace), name: "ws", index: 0 });
  for (const [k, v] of Object.entries(settings)) {
    fake.settings.set(k, v);
  }
  const api = await activate({ subscriptions: [] } as never);
  fs.rmSync(workspace, { recursive: true, force: true });
  return api;
}

const output = () => fake.channels.flatMap((c) => c.lines).join("\n");

test("an xfls.path that is not there gives a message with the fix and no client", async () => {
  const api = await start({ "xfls.path": "/nonexistent/bin/xfls" });
  assert.equal(api.client, undefined);
  const errors = fake.messages.filter((m) => m.level === "error");
  assert.equal(errors.length, 1, JSON.stringify(fake.messages));
  assert.match(errors[0].text, /`\/nonexistent\/bin\/xfls` \(the `xfls\.path` setting\) is not an executable file/);
  assert.match(errors[0].text, /go install \.\/cmd\/xfls/);
  assert.deepEqual(errors[0].items, ["Open Settings", "Show Output"]);
  assert.match(output(), /go install/, "the message is in the output channel too");
  await deactivate();
});

test("xfls missing from PATH is named as such", async () => {
  const saved = process.env.PATH;
  process.env.PATH = "/nonexistent";
  try {
    const api = await start({});
    assert.equal(api.client, undefined);
    const errors = fake.messages.filter((m) => m.level === "error");
    assert.equal(errors.length, 1, JSON.stringify(fake.messages));
    assert.match(errors[0].text, /`xfls` was not found on PATH/);
    assert.match(errors[0].text, /set `xfls\.path`/);
  } finally {
    process.env.PATH = saved;
  }
  await deactivate();
});
