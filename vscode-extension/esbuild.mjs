// Bundles the extension into dist/extension.js (vscode stays external:
// VS Code provides it), or with --tests the tests into out/test/, where
// `vscode` is the fake of test/fake-vscode.ts so the extension's own code
// runs in plain node.
import * as esbuild from "esbuild";
import * as fs from "fs";

const production = process.argv.includes("--production");
const tests = process.argv.includes("--tests");

const common = {
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  sourcemap: !production,
  logLevel: "warning",
};

if (tests) {
  fs.rmSync("out", { recursive: true, force: true });
  await esbuild.build({
    ...common,
    entryPoints: fs.readdirSync("test").filter((f) => f.endsWith(".test.ts")).map((f) => `test/${f}`),
    outdir: "out/test",
    alias: { vscode: "./test/fake-vscode.ts" },
  });
} else {
  await esbuild.build({
    ...common,
    entryPoints: ["src/extension.ts"],
    outfile: "dist/extension.js",
    external: ["vscode"],
    minify: production,
  });
}
