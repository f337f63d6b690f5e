static int requests;

int stats_requests(void)
{
	return requests;
}

void stats_count(int n)
{
	requests += n;
}
