/* long -> int loses values: xfgen must refuse without a rule and name
 * the field. */
struct counter {
	int bytes_total;
	int id;
};
extern struct counter counters[2];
