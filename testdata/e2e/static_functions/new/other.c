#include "../new.h"

handler_fn on_exit_b;

static int cleanup(int x) { return x + 104; }

handler_fn other_cleanup(void) { return cleanup; }
