// Command xfls is the language server for .xf transformation specs. An
// editor starts it and speaks LSP with it over stdin and stdout; it finds
// the program's two versions for each spec in the xfgen.toml of the
// spec's folder (or an ancestor), or in the editor's settings.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/xfgen-dev/xfgen/lsp"
	"github.com/xfgen-dev/xfgen/pipeline"
)

const usage = `usage: xfls [--log FILE]

xfls is the language server for .xf specs. Editors start it themselves and
speak the Language Server Protocol with it over stdin and stdout:

  VS Code   the extension in vscode-extension/ (setting xfls.path)
  Neovim    vim.lsp.config('xfls', { cmd = { 'xfls' }, filetypes = { 'xf' } })
  Helix     [language-server.xfls] command = "xfls" in languages.toml

It reads the program's versions from the xfgen.toml beside each spec (or in
a folder above it), or from the editor's settings (old, new, include, define).
The versions it loads are kept in the user's cache folder, as xfgen keeps
them: XFGEN_CACHE=DIR moves it, XFGEN_CACHE=off turns it off.

flags:
`

func main() {
	fs := flag.NewFlagSet("xfls", flag.ContinueOnError)
	fs.SetOutput(os.Stdout)
	version := fs.Bool("version", false, "print the version and exit")
	logFile := fs.String("log", "", "append the server's log to `FILE`")
	fs.Bool("stdio", true, "speak LSP over stdin and stdout (the default and only transport)")
	fs.Usage = func() {
		fmt.Fprint(os.Stdout, usage)
		fs.PrintDefaults()
	}
	if err := fs.Parse(os.Args[1:]); err != nil {
		if err == flag.ErrHelp {
			os.Exit(0)
		}
		os.Exit(2)
	}
	if *version {
		fmt.Println("xfls", lsp.Version())
		return
	}
	var logw io.Writer
	if *logFile != "" {
		f, err := os.OpenFile(*logFile, os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o644)
		if err != nil {
			fmt.Fprintf(os.Stderr, "xfls: --log: %v\n", err)
			os.Exit(2)
		}
		defer f.Close()
		logw = f
	}
	// The versions loaded are kept in the user's cache folder, as
	// xfgen keeps them (XFGEN_CACHE moves the folder or turns it off).
	lsp.Run(context.Background(), stdio{}, lsp.Options{Log: logw, Disk: pipeline.OpenDiskCache()})
	// The client closed the connection without exit: exit as the
	// protocol says for an exit without shutdown.
	os.Exit(1)
}

// stdio is the server's end of the connection.
type stdio struct{}

func (stdio) Read(p []byte) (int, error)  { return os.Stdin.Read(p) }
func (stdio) Write(p []byte) (int, error) { return os.Stdout.Write(p) }
func (stdio) Close() error                { return os.Stdin.Close() }
