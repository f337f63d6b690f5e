#ifndef B_H
#define B_H
#include "a.h"
struct b { struct a *pa; };
#endif
