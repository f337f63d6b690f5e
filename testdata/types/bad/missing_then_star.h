#include "../missing/x.h"
*struct b