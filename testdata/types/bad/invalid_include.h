#include nothing_quoted
*struct b