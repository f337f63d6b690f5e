package typesdiff

// Sources lists the files of the user's program that reading c opens:
// each of c.Files and the user's headers they include ("..." includes and
// those found in -I directories), transitively, without system headers.
// A cache of loaded programs compares their modification times to know
// when a version must be read again.
func Sources(c Config) []string {
	var out []string
	seen := map[string]bool{}
	add := func(c Config) {
		ld := &loader{}
		cfg, _, _ := ccConfig(c) // nil on a bad flag, which Load reports
		ld.use(unitSettings{cfg: cfg, incDirs: c.IncludeDirs})
		for _, f := range append(append([]string(nil), c.Preinclude...), c.Files...) {
			for _, p := range ld.userFiles(f) {
				if !seen[p] {
					seen[p] = true
					out = append(out, p)
				}
			}
		}
	}
	add(c)
	for _, u := range c.Units {
		add(c.unitConfig(u))
	}
	return out
}
