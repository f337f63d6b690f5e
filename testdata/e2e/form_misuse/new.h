/* started_at is new; its INIT rule uses $in, which has no meaning in an
 * INIT: an error at the position of the form (LANGUAGE.md). */
extern int counter;
extern int started_at;
