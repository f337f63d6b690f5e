/* As in generic_list. */
#include "../generic_list/old.c"
