-- .xf files are xfgen transformation specs.
vim.filetype.add({ extension = { xf = 'xf' } })
