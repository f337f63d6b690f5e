package typesdiff

// Sources lists the files of the user's program that reading c opens:
// each of c.Files and the user's headers they include ("..." includes and
// those found in -I directories), transitively, without system headers.
// A cache of loaded programs compares their modification times to know
// when a version must be read again.
func Sources(c Config) []string {
	ld := &loader{incDirs: c.IncludeDirs}
	var out []string
	seen := map[string]bool{}
	for _, f := range c.Files {
		for _, p := range ld.userFiles(f) {
			if !seen[p] {
				seen[p] = true
				out = append(out, p)
			}
		}
	}
	return out
}
