#include "no_such_header.h"

struct s {
	int a;
};
