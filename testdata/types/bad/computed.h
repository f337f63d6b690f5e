#include HEADER
int x;
