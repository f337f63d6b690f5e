struct conn {
	int sock;
	long opened_at;
};
extern struct conn *conn_list;
