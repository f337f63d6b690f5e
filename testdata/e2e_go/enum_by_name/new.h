/* Version 2: the enums reordered (so renumbered) and extended. */
#ifndef NEW_H
#define NEW_H

enum state { S_CLOSED, S_NEW, S_WRITE, S_IDLE, S_READ, S_ERROR };
enum prio { P_HI = 1, P_LO = 2, P_URGENT = 3 };
typedef enum state state_t;

struct task {
	int id;
	enum state st;
	enum prio pr;
};

extern enum state cur_state;
extern state_t last_state;
extern enum state history[6];
extern enum prio default_prio;
extern struct task tasks[4];
extern struct task *active;

#endif
