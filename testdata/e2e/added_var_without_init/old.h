/* Version 1: a request counter. */
extern int requests;
