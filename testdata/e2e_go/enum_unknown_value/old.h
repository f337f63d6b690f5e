/* Version 1: connection states and priorities. */
#ifndef OLD_H
#define OLD_H

enum state { S_IDLE, S_READ, S_WRITE, S_CLOSED };
enum prio { P_LO = 10, P_HI = 20 };
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
