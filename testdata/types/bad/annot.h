#include "../../../include/xfgen/annotations.h"

struct bad {
	int count;
	double ratio;
	int E_PTRARRAY(cuont) *a;
	int E_PTRARRAY(ratio) *b;
	int E_SZ *c;
	int E_PTRARRAY(4) d;
	int E_T(@t) *e;
	int ok E_IGNORE;
};

struct gen {
	void E_T(@u) *wrong_param;
	struct gen E_G(@t, @t) *too_many;
	int E_G(int) *not_generic;
} E_GENERIC(@t);

struct plain {
	void E_T(@t) *no_generic;
};

struct own {
	struct own *next E_OWNED;
};
