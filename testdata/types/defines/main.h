#include <from_inc.h>

#if __STDC_VERSION__ == 201112L
typedef int c11_only;
#define VTYPE c11_only
#else
#define VTYPE long
#endif

#ifdef WITH_EXTRA
struct extra {
	int slots[NSLOTS];
	VTYPE v;
	struct from_inc *inc;
};
#endif
