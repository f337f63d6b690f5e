/* Types real servers use that the other cases do not: anonymous struct
 * and union members, fixed-width integers from <stdint.h> widened across
 * typedefs, qualifiers, a pointer to an array, a growing char array,
 * and a signal flag. */
#ifndef OLD_H
#define OLD_H

#include <signal.h>
#include <stdint.h>

struct item {
	int32_t id;
};

struct msg {
	int kind;
	union {              /* anonymous, unchanged */
		int32_t code;
		float weight;
	};
	struct {             /* anonymous, changed in version 2 */
		uint16_t src_port;
		int32_t seq;
	};
	const char *label;   /* not a string annotation: copied */
	char name[8];
};

extern struct msg msgs[2];
extern struct item (*rows)[3];       /* one row of three items */
extern const struct item *ro_item;
extern volatile sig_atomic_t got_signal;
extern uint32_t crc_table_size;
extern char hostname[16];

#endif
