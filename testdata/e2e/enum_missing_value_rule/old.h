/* Version 1 paints in PURPLE too. */
enum color { RED, GREEN, PURPLE };
struct brush {
	int width;
	enum color color;
};
extern enum color paint;
extern struct brush brushes[2];
