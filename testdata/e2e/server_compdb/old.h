/* The harness's view of version 1: the server's own header. xfgen
 * reads the program from old/compile_commands.json instead. */
#include "old/include/server.h"
