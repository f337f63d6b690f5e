package gogen

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// camel is the Go spelling of a C identifier: the parts between
// underscores (or dots, in a file name), each with its first letter upper case ("c_size" →
// "CSize", "conn_t" → "ConnT", "value" → "Value"), and a part all in
// capitals in lower case after its first ("ST_IDLE" → "StIdle"; mixed
// case stays: "httpServer" → "HttpServer"). A name with no letter to
// start it ("_" or "__") gets an X before it.
func camel(name string) string {
	var b strings.Builder
	parts := strings.FieldsFunc(name, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	for _, part := range parts {
		if part == "" {
			continue
		}
		r, n := utf8.DecodeRuneInString(part)
		b.WriteRune(unicode.ToUpper(r))
		rest := part[n:]
		if strings.ToUpper(part) == part {
			rest = strings.ToLower(rest)
		}
		b.WriteString(rest)
	}
	s := b.String()
	if r, _ := utf8.DecodeRuneInString(s); s == "" || !unicode.IsLetter(r) {
		s = "X" + s
	}
	return s
}

// scope hands out the names of one Go name space (the package, or the
// fields and methods of one struct). A name already given gets the
// first free suffix "_2", "_3", ...; Camel case never writes an
// underscore followed by a digit, so a suffixed name cannot be another
// identifier's own spelling.
type scope map[string]bool

func (s scope) claim(name string) string {
	if !s[name] {
		s[name] = true
		return name
	}
	for i := 2; ; i++ {
		if n := fmt.Sprintf("%s_%d", name, i); !s[n] {
			s[n] = true
			return n
		}
	}
}
