/* Version 2 has no PURPLE; the spec's rule on the enum maps it to BLUE
 * and every other color by name. */
enum color { BLUE, RED, GREEN };
struct brush {
	int width;
	enum color color;
};
extern enum color paint;
extern struct brush brushes[2];
