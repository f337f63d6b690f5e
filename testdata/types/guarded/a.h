#pragma once
#include "b.h"
struct a { int x; };
