#include <math.h>
#include <stdlib.h>
#include "old.h"

int total;
unsigned short small_port;
float load_avg;
enum level global_level;
signed char tiny;
struct sample samples[3];
struct sample *psample;
float specials[3];

void test_setup(void)
{
	int i;
	total = -2000000000;
	small_port = 65535;
	load_avg = 0.1f;
	global_level = LVL_HIGH;
	tiny = -128;
	for (i = 0; i < 3; i++) {
		samples[i].count = i == 1 ? -123456789 : 2147483647 - i;
		samples[i].port = (unsigned short)(65535 - i * 1000);
		samples[i].ratio = 1.0f / 3.0f * (float)(i + 1);
		samples[i].lvl = (enum level)i;
		samples[i].delta = (short)(i == 2 ? -32768 : 32767 - i);
		samples[i].flags = (unsigned char)(0xff - i);
	}
	specials[0] = NAN;
	specials[1] = -INFINITY;
	specials[2] = -0.0f;
	psample = malloc(sizeof *psample);
	psample->count = -1;
	psample->port = 40000;
	psample->ratio = -2.5e-8f;
	psample->lvl = LVL_MID;
	psample->delta = -1;
	psample->flags = 0x80;
}
