#include <stdlib.h>
#include "../old.h"

int total_requests;

static struct sess *sessions;
static int hits;

int handle(int id)
{
	static int calls;
	struct sess *s;
	calls++;
	total_requests++;
	for (s = sessions; s; s = s->next)
		if (s->id == id) {
			hits++;
			return 1;
		}
	return 0;
}

void server_init(void)
{
	int i;
	for (i = 0; i < 5; i++) {
		struct sess *s = malloc(sizeof *s);
		s->id = 100 + i;
		s->bytes = 60 * i;
		s->next = sessions;
		sessions = s;
	}
	handle(101);
	handle(103);
	handle(999);
}
