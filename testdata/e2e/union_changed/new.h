/* A changed union cannot be migrated by inference (which member is
 * live?): an error without a rule. */
union payload {
	long l;
	double d;
};
extern union payload last_payload;
