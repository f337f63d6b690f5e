/* struct pair is defined the same way in two files of one version. */
struct pair {
	int a, b;
};
struct pair first;
