/* Includes itself with no guard. */
#include "self.h"
int x;
