/* Arrays declared without a size, as headers often do (the size is in
 * the .c file). xfgen cannot know how many elements to carry over, so
 * inference cannot migrate them: it must say so and ask for a rule,
 * rather than generate code that silently copies nothing. */
#ifndef OLD_H
#define OLD_H

struct slot {
	int id;
};

extern int table[];
extern struct slot slots[];

#endif
