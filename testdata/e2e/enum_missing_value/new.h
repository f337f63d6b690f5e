/* Version 2 has no PURPLE, and nothing in the spec says what becomes of
 * it: LANGUAGE.md makes that an error of the spec, found by xfgen. */
enum color { BLUE, RED, GREEN };
struct brush {
	int width;
	enum color color;
};
extern enum color paint;
extern struct brush brushes[2];
