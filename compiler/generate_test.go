package compiler_test

import (
	"github.com/xfgen-dev/xfgen/compiler"
	"github.com/xfgen-dev/xfgen/compiler/cgen"
)

func init() {
	compiler.GenerateC = func(plan *compiler.Plan) ([]byte, error) { return cgen.GenerateC(plan, cgen.Options{}) }
}
