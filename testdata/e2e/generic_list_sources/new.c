/* As in generic_list. */
#include "../generic_list/new.c"
