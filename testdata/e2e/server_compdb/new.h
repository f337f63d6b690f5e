/* The harness's view of version 2; xfgen reads new/compile_commands.json. */
#include "new/include/server.h"
