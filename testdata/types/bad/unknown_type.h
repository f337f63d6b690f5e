struct s {
	int a;
	widget_t *w;
};
