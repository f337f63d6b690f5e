#include "../old.h"

handler_fn on_exit_b;

static int cleanup(int x) { return x + 4; }

void other_init(void) { on_exit_b = cleanup; }
