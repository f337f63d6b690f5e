/* The request count lives in a static of its own file. */
static int requests;

void stats_count(int n)
{
	requests += n;
}
