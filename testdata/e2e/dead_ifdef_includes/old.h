/* System headers chosen by platform, as portable servers do: the
 * generated file must include what the Linux branch included (the
 * mutex's <pthread.h>), not <windows.h> of the dead branch. */
#ifndef OLD_H
#define OLD_H

#ifdef _WIN32
#include <winsock2.h>
#include <windows.h>
#include <..\..\contrib\zlib\zlib.h>
typedef CRITICAL_SECTION lock_t;
#else
#include <pthread.h>
typedef pthread_mutex_t lock_t;
#endif

struct queue {
	lock_t lock;
	int depth;
};

extern struct queue jobs;

#endif
