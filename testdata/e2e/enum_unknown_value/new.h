/* Version 2 renumbers the enum: values are mapped by name, and the old
 * value 7 has no name. xf_migrate must fail, naming the variable and
 * field, without crashing. */
enum mode { M_SAFE, M_FAST };
struct settings {
	int id;
	enum mode mode;
};
extern struct settings settings;
