/* The types and globals of generic_list's version 1; this case reads
 * the list from the source that uses it, old/list.c. */
#include "../generic_list/old.h"
