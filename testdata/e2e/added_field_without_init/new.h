/* Version 2 adds struct conn.retries and the spec gives it no INIT rule:
 * xfgen must refuse and name the field. */
struct conn {
	int sock;
	int retries;
	long opened_at;
};
extern struct conn *conn_list;
