/* The types and globals of generic_list's version 2; this case reads
 * the list from the source that uses it, new/list.c. */
#include "../generic_list/new.h"
