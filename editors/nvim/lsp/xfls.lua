-- xfls, the language server for .xf transformation specs, for Neovim 0.11+.
-- Put this folder (editors/nvim) on 'runtimepath', or copy this file to
-- ~/.config/nvim/lsp/xfls.lua, then call vim.lsp.enable('xfls').
return {
  cmd = { 'xfls' },
  filetypes = { 'xf' },
  -- The versions of the program come from the xfgen.toml beside the spec
  -- (or in a folder above it); it also marks the project's root.
  root_markers = { 'xfgen.toml', '.git' },
  -- Without an xfgen.toml, name the versions here (the keys of xfgen.toml):
  -- init_options = { old = { 'v1/*.h' }, new = { 'v2/*.h' }, include = { 'include' } },
}
