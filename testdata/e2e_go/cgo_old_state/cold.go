package xform

/*
#cgo CFLAGS: -I${SRCDIR}/include
#include "old.h"
void test_setup(void);
*/
import "C"

import "unsafe"

// cOldState runs the C version's setup and views its globals, in C
// memory, through the generated Old types.
func cOldState() *OldGlobals {
	C.test_setup()
	return &OldGlobals{
		Conns:  *(**OldConn)(unsafe.Pointer(&C.conns)),
		Table:  *(*OldTable)(unsafe.Pointer(&C.table)),
		Nconns: int64(C.nconns),
	}
}
