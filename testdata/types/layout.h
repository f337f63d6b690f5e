/* Structs whose layout is easy to get wrong: every one is checked
   against gcc's sizeof and offsetof by the layout probe test. */
#include <stdint.h>
#include <stddef.h>
#include <time.h>
#include <netinet/in.h>

struct bits {
	char c;
	int a : 3;
	int b : 29;
	unsigned long long big : 40;
	short tail;
};

struct __attribute__((packed)) packed {
	char c;
	int i;
	short s;
	uint64_t u;
};

struct aligned {
	char c;
	int v __attribute__((aligned(16)));
	char d;
};

struct nested {
	char tag;
	union {
		struct {
			short lo, hi;
		};
		int word;
	};
	struct {
		long double ld;
		char name[3];
	} inner;
	struct timespec ts;
	struct sockaddr_in sin;
};

enum big { SMALL = 1, LARGE = 0x100000000LL };

struct enums {
	char c;
	enum big b;
	enum { A, B } anon;
};

typedef int (*handler_fn)(void *ctx, const char *msg, ...);

struct callbacks {
	handler_fn on_msg;
	void (*arr[3])(int);
	size_t n;
	double d[2][3];
	char flex[];
};

union mixed {
	char c[7];
	double d;
	struct bits b;
};

#include <stdarg.h>

/* cc/v4's own va_list is a void *: the loader gives it the ABI's size. */
struct with_va {
	char c;
	va_list ap;
	int after;
};

struct wide {
	long double x;
	_Complex double z;
	__int128 big;
	_Bool b;
};

#pragma pack(push, 2)
struct pragma_packed {
	char c;
	long l;
	int i;
};
#pragma pack(pop)

struct __attribute__((aligned(32))) over_aligned {
	int x;
};

struct field_aligned {
	char c;
	_Alignas(16) char d;
	int v __attribute__((aligned(8)));
	struct over_aligned o;
};

struct __attribute__((packed, aligned(4))) packed_aligned {
	char c;
	int i;
};
