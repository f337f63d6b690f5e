/* Version 1 stores an out-of-range value in an enum field. */
enum mode { M_FAST, M_SAFE };
struct settings {
	int id;
	enum mode mode;
};
extern struct settings settings;
