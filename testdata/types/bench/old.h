#include "common.h"
#include "../../../include/xfgen/annotations.h"

struct rec0 {
	int id;
	int n;
	int count;
	struct rec1 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec0 *table0;

struct rec1 {
	int id;
	int n;
	int count;
	struct rec2 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec1 *table1;

struct rec2 {
	int id;
	int n;
	int count;
	struct rec3 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec2 *table2;

struct rec3 {
	int id;
	int n;
	int count;
	struct rec4 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec3 *table3;

struct rec4 {
	int id;
	int n;
	int count;
	struct rec5 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec4 *table4;

struct rec5 {
	int id;
	int n;
	int count;
	struct rec6 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec5 *table5;

struct rec6 {
	int id;
	int n;
	int count;
	struct rec7 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec6 *table6;

struct rec7 {
	int id;
	int n;
	int count;
	struct rec8 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec7 *table7;

struct rec8 {
	int id;
	int n;
	int count;
	struct rec9 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec8 *table8;

struct rec9 {
	int id;
	int n;
	int count;
	struct rec10 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec9 *table9;

struct rec10 {
	int id;
	int n;
	int count;
	struct rec11 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec10 *table10;

struct rec11 {
	int id;
	int n;
	int count;
	struct rec12 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec11 *table11;

struct rec12 {
	int id;
	int n;
	int count;
	struct rec13 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec12 *table12;

struct rec13 {
	int id;
	int n;
	int count;
	struct rec14 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec13 *table13;

struct rec14 {
	int id;
	int n;
	int count;
	struct rec15 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec14 *table14;

struct rec15 {
	int id;
	int n;
	int count;
	struct rec16 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec15 *table15;

struct rec16 {
	int id;
	int n;
	int count;
	struct rec17 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec16 *table16;

struct rec17 {
	int id;
	int n;
	int count;
	struct rec18 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec17 *table17;

struct rec18 {
	int id;
	int n;
	int count;
	struct rec19 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec18 *table18;

struct rec19 {
	int id;
	int n;
	int count;
	struct rec20 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec19 *table19;

struct rec20 {
	int id;
	int n;
	int count;
	struct rec21 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec20 *table20;

struct rec21 {
	int id;
	int n;
	int count;
	struct rec22 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec21 *table21;

struct rec22 {
	int id;
	int n;
	int count;
	struct rec23 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec22 *table22;

struct rec23 {
	int id;
	int n;
	int count;
	struct rec24 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec23 *table23;

struct rec24 {
	int id;
	int n;
	int count;
	struct rec25 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec24 *table24;

struct rec25 {
	int id;
	int n;
	int count;
	struct rec26 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec25 *table25;

struct rec26 {
	int id;
	int n;
	int count;
	struct rec27 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec26 *table26;

struct rec27 {
	int id;
	int n;
	int count;
	struct rec28 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec27 *table27;

struct rec28 {
	int id;
	int n;
	int count;
	struct rec29 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec28 *table28;

struct rec29 {
	int id;
	int n;
	int count;
	struct rec30 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec29 *table29;

struct rec30 {
	int id;
	int n;
	int count;
	struct rec31 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec30 *table30;

struct rec31 {
	int id;
	int n;
	int count;
	struct rec32 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec31 *table31;

struct rec32 {
	int id;
	int n;
	int count;
	struct rec33 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec32 *table32;

struct rec33 {
	int id;
	int n;
	int count;
	struct rec34 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec33 *table33;

struct rec34 {
	int id;
	int n;
	int count;
	struct rec35 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec34 *table34;

struct rec35 {
	int id;
	int n;
	int count;
	struct rec36 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec35 *table35;

struct rec36 {
	int id;
	int n;
	int count;
	struct rec37 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec36 *table36;

struct rec37 {
	int id;
	int n;
	int count;
	struct rec38 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec37 *table37;

struct rec38 {
	int id;
	int n;
	int count;
	struct rec39 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec38 *table38;

struct rec39 {
	int id;
	int n;
	int count;
	struct rec40 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec39 *table39;

struct rec40 {
	int id;
	int n;
	int count;
	struct rec41 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec40 *table40;

struct rec41 {
	int id;
	int n;
	int count;
	struct rec42 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec41 *table41;

struct rec42 {
	int id;
	int n;
	int count;
	struct rec43 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec42 *table42;

struct rec43 {
	int id;
	int n;
	int count;
	struct rec44 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec43 *table43;

struct rec44 {
	int id;
	int n;
	int count;
	struct rec45 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec44 *table44;

struct rec45 {
	int id;
	int n;
	int count;
	struct rec46 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec45 *table45;

struct rec46 {
	int id;
	int n;
	int count;
	struct rec47 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec46 *table46;

struct rec47 {
	int id;
	int n;
	int count;
	struct rec48 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec47 *table47;

struct rec48 {
	int id;
	int n;
	int count;
	struct rec49 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec48 *table48;

struct rec49 {
	int id;
	int n;
	int count;
	struct rec50 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec49 *table49;

struct rec50 {
	int id;
	int n;
	int count;
	struct rec51 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec50 *table50;

struct rec51 {
	int id;
	int n;
	int count;
	struct rec52 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec51 *table51;

struct rec52 {
	int id;
	int n;
	int count;
	struct rec53 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec52 *table52;

struct rec53 {
	int id;
	int n;
	int count;
	struct rec54 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec53 *table53;

struct rec54 {
	int id;
	int n;
	int count;
	struct rec55 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec54 *table54;

struct rec55 {
	int id;
	int n;
	int count;
	struct rec56 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec55 *table55;

struct rec56 {
	int id;
	int n;
	int count;
	struct rec57 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec56 *table56;

struct rec57 {
	int id;
	int n;
	int count;
	struct rec58 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec57 *table57;

struct rec58 {
	int id;
	int n;
	int count;
	struct rec59 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec58 *table58;

struct rec59 {
	int id;
	int n;
	int count;
	struct rec60 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec59 *table59;

struct rec60 {
	int id;
	int n;
	int count;
	struct rec61 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec60 *table60;

struct rec61 {
	int id;
	int n;
	int count;
	struct rec62 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec61 *table61;

struct rec62 {
	int id;
	int n;
	int count;
	struct rec63 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec62 *table62;

struct rec63 {
	int id;
	int n;
	int count;
	struct rec64 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec63 *table63;

struct rec64 {
	int id;
	int n;
	int count;
	struct rec65 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec64 *table64;

struct rec65 {
	int id;
	int n;
	int count;
	struct rec66 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec65 *table65;

struct rec66 {
	int id;
	int n;
	int count;
	struct rec67 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec66 *table66;

struct rec67 {
	int id;
	int n;
	int count;
	struct rec68 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec67 *table67;

struct rec68 {
	int id;
	int n;
	int count;
	struct rec69 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec68 *table68;

struct rec69 {
	int id;
	int n;
	int count;
	struct rec70 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec69 *table69;

struct rec70 {
	int id;
	int n;
	int count;
	struct rec71 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec70 *table70;

struct rec71 {
	int id;
	int n;
	int count;
	struct rec72 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec71 *table71;

struct rec72 {
	int id;
	int n;
	int count;
	struct rec73 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec72 *table72;

struct rec73 {
	int id;
	int n;
	int count;
	struct rec74 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec73 *table73;

struct rec74 {
	int id;
	int n;
	int count;
	struct rec75 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec74 *table74;

struct rec75 {
	int id;
	int n;
	int count;
	struct rec76 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec75 *table75;

struct rec76 {
	int id;
	int n;
	int count;
	struct rec77 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec76 *table76;

struct rec77 {
	int id;
	int n;
	int count;
	struct rec78 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec77 *table77;

struct rec78 {
	int id;
	int n;
	int count;
	struct rec79 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec78 *table78;

struct rec79 {
	int id;
	int n;
	int count;
	struct rec80 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec79 *table79;

struct rec80 {
	int id;
	int n;
	int count;
	struct rec81 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec80 *table80;

struct rec81 {
	int id;
	int n;
	int count;
	struct rec82 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec81 *table81;

struct rec82 {
	int id;
	int n;
	int count;
	struct rec83 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec82 *table82;

struct rec83 {
	int id;
	int n;
	int count;
	struct rec84 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec83 *table83;

struct rec84 {
	int id;
	int n;
	int count;
	struct rec85 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec84 *table84;

struct rec85 {
	int id;
	int n;
	int count;
	struct rec86 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec85 *table85;

struct rec86 {
	int id;
	int n;
	int count;
	struct rec87 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec86 *table86;

struct rec87 {
	int id;
	int n;
	int count;
	struct rec88 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec87 *table87;

struct rec88 {
	int id;
	int n;
	int count;
	struct rec89 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec88 *table88;

struct rec89 {
	int id;
	int n;
	int count;
	struct rec90 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec89 *table89;

struct rec90 {
	int id;
	int n;
	int count;
	struct rec91 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec90 *table90;

struct rec91 {
	int id;
	int n;
	int count;
	struct rec92 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec91 *table91;

struct rec92 {
	int id;
	int n;
	int count;
	struct rec93 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec92 *table92;

struct rec93 {
	int id;
	int n;
	int count;
	struct rec94 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec93 *table93;

struct rec94 {
	int id;
	int n;
	int count;
	struct rec95 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec94 *table94;

struct rec95 {
	int id;
	int n;
	int count;
	struct rec96 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec95 *table95;

struct rec96 {
	int id;
	int n;
	int count;
	struct rec97 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec96 *table96;

struct rec97 {
	int id;
	int n;
	int count;
	struct rec98 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec97 *table97;

struct rec98 {
	int id;
	int n;
	int count;
	struct rec99 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec98 *table98;

struct rec99 {
	int id;
	int n;
	int count;
	struct rec100 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec99 *table99;

struct rec100 {
	int id;
	int n;
	int count;
	struct rec101 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec100 *table100;

struct rec101 {
	int id;
	int n;
	int count;
	struct rec102 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec101 *table101;

struct rec102 {
	int id;
	int n;
	int count;
	struct rec103 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec102 *table102;

struct rec103 {
	int id;
	int n;
	int count;
	struct rec104 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec103 *table103;

struct rec104 {
	int id;
	int n;
	int count;
	struct rec105 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec104 *table104;

struct rec105 {
	int id;
	int n;
	int count;
	struct rec106 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec105 *table105;

struct rec106 {
	int id;
	int n;
	int count;
	struct rec107 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec106 *table106;

struct rec107 {
	int id;
	int n;
	int count;
	struct rec108 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec107 *table107;

struct rec108 {
	int id;
	int n;
	int count;
	struct rec109 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec108 *table108;

struct rec109 {
	int id;
	int n;
	int count;
	struct rec110 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec109 *table109;

struct rec110 {
	int id;
	int n;
	int count;
	struct rec111 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec110 *table110;

struct rec111 {
	int id;
	int n;
	int count;
	struct rec112 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec111 *table111;

struct rec112 {
	int id;
	int n;
	int count;
	struct rec113 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec112 *table112;

struct rec113 {
	int id;
	int n;
	int count;
	struct rec114 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec113 *table113;

struct rec114 {
	int id;
	int n;
	int count;
	struct rec115 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec114 *table114;

struct rec115 {
	int id;
	int n;
	int count;
	struct rec116 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec115 *table115;

struct rec116 {
	int id;
	int n;
	int count;
	struct rec117 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec116 *table116;

struct rec117 {
	int id;
	int n;
	int count;
	struct rec118 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec117 *table117;

struct rec118 {
	int id;
	int n;
	int count;
	struct rec119 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec118 *table118;

struct rec119 {
	int id;
	int n;
	int count;
	struct rec120 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec119 *table119;

struct rec120 {
	int id;
	int n;
	int count;
	struct rec121 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec120 *table120;

struct rec121 {
	int id;
	int n;
	int count;
	struct rec122 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec121 *table121;

struct rec122 {
	int id;
	int n;
	int count;
	struct rec123 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec122 *table122;

struct rec123 {
	int id;
	int n;
	int count;
	struct rec124 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec123 *table123;

struct rec124 {
	int id;
	int n;
	int count;
	struct rec125 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec124 *table124;

struct rec125 {
	int id;
	int n;
	int count;
	struct rec126 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec125 *table125;

struct rec126 {
	int id;
	int n;
	int count;
	struct rec127 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec126 *table126;

struct rec127 {
	int id;
	int n;
	int count;
	struct rec128 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec127 *table127;

struct rec128 {
	int id;
	int n;
	int count;
	struct rec129 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec128 *table128;

struct rec129 {
	int id;
	int n;
	int count;
	struct rec130 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec129 *table129;

struct rec130 {
	int id;
	int n;
	int count;
	struct rec131 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec130 *table130;

struct rec131 {
	int id;
	int n;
	int count;
	struct rec132 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec131 *table131;

struct rec132 {
	int id;
	int n;
	int count;
	struct rec133 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec132 *table132;

struct rec133 {
	int id;
	int n;
	int count;
	struct rec134 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec133 *table133;

struct rec134 {
	int id;
	int n;
	int count;
	struct rec135 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec134 *table134;

struct rec135 {
	int id;
	int n;
	int count;
	struct rec136 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec135 *table135;

struct rec136 {
	int id;
	int n;
	int count;
	struct rec137 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec136 *table136;

struct rec137 {
	int id;
	int n;
	int count;
	struct rec138 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec137 *table137;

struct rec138 {
	int id;
	int n;
	int count;
	struct rec139 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec138 *table138;

struct rec139 {
	int id;
	int n;
	int count;
	struct rec140 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec139 *table139;

struct rec140 {
	int id;
	int n;
	int count;
	struct rec141 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec140 *table140;

struct rec141 {
	int id;
	int n;
	int count;
	struct rec142 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec141 *table141;

struct rec142 {
	int id;
	int n;
	int count;
	struct rec143 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec142 *table142;

struct rec143 {
	int id;
	int n;
	int count;
	struct rec144 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec143 *table143;

struct rec144 {
	int id;
	int n;
	int count;
	struct rec145 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec144 *table144;

struct rec145 {
	int id;
	int n;
	int count;
	struct rec146 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec145 *table145;

struct rec146 {
	int id;
	int n;
	int count;
	struct rec147 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec146 *table146;

struct rec147 {
	int id;
	int n;
	int count;
	struct rec148 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec147 *table147;

struct rec148 {
	int id;
	int n;
	int count;
	struct rec149 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec148 *table148;

struct rec149 {
	int id;
	int n;
	int count;
	struct rec150 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec149 *table149;

struct rec150 {
	int id;
	int n;
	int count;
	struct rec151 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec150 *table150;

struct rec151 {
	int id;
	int n;
	int count;
	struct rec152 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec151 *table151;

struct rec152 {
	int id;
	int n;
	int count;
	struct rec153 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec152 *table152;

struct rec153 {
	int id;
	int n;
	int count;
	struct rec154 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec153 *table153;

struct rec154 {
	int id;
	int n;
	int count;
	struct rec155 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec154 *table154;

struct rec155 {
	int id;
	int n;
	int count;
	struct rec156 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec155 *table155;

struct rec156 {
	int id;
	int n;
	int count;
	struct rec157 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec156 *table156;

struct rec157 {
	int id;
	int n;
	int count;
	struct rec158 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec157 *table157;

struct rec158 {
	int id;
	int n;
	int count;
	struct rec159 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec158 *table158;

struct rec159 {
	int id;
	int n;
	int count;
	struct rec160 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec159 *table159;

struct rec160 {
	int id;
	int n;
	int count;
	struct rec161 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec160 *table160;

struct rec161 {
	int id;
	int n;
	int count;
	struct rec162 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec161 *table161;

struct rec162 {
	int id;
	int n;
	int count;
	struct rec163 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec162 *table162;

struct rec163 {
	int id;
	int n;
	int count;
	struct rec164 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec163 *table163;

struct rec164 {
	int id;
	int n;
	int count;
	struct rec165 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec164 *table164;

struct rec165 {
	int id;
	int n;
	int count;
	struct rec166 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec165 *table165;

struct rec166 {
	int id;
	int n;
	int count;
	struct rec167 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec166 *table166;

struct rec167 {
	int id;
	int n;
	int count;
	struct rec168 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec167 *table167;

struct rec168 {
	int id;
	int n;
	int count;
	struct rec169 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec168 *table168;

struct rec169 {
	int id;
	int n;
	int count;
	struct rec170 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec169 *table169;

struct rec170 {
	int id;
	int n;
	int count;
	struct rec171 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec170 *table170;

struct rec171 {
	int id;
	int n;
	int count;
	struct rec172 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec171 *table171;

struct rec172 {
	int id;
	int n;
	int count;
	struct rec173 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec172 *table172;

struct rec173 {
	int id;
	int n;
	int count;
	struct rec174 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec173 *table173;

struct rec174 {
	int id;
	int n;
	int count;
	struct rec175 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec174 *table174;

struct rec175 {
	int id;
	int n;
	int count;
	struct rec176 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec175 *table175;

struct rec176 {
	int id;
	int n;
	int count;
	struct rec177 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec176 *table176;

struct rec177 {
	int id;
	int n;
	int count;
	struct rec178 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec177 *table177;

struct rec178 {
	int id;
	int n;
	int count;
	struct rec179 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec178 *table178;

struct rec179 {
	int id;
	int n;
	int count;
	struct rec180 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec179 *table179;

struct rec180 {
	int id;
	int n;
	int count;
	struct rec181 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec180 *table180;

struct rec181 {
	int id;
	int n;
	int count;
	struct rec182 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec181 *table181;

struct rec182 {
	int id;
	int n;
	int count;
	struct rec183 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec182 *table182;

struct rec183 {
	int id;
	int n;
	int count;
	struct rec184 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec183 *table183;

struct rec184 {
	int id;
	int n;
	int count;
	struct rec185 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec184 *table184;

struct rec185 {
	int id;
	int n;
	int count;
	struct rec186 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec185 *table185;

struct rec186 {
	int id;
	int n;
	int count;
	struct rec187 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec186 *table186;

struct rec187 {
	int id;
	int n;
	int count;
	struct rec188 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec187 *table187;

struct rec188 {
	int id;
	int n;
	int count;
	struct rec189 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec188 *table188;

struct rec189 {
	int id;
	int n;
	int count;
	struct rec190 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec189 *table189;

struct rec190 {
	int id;
	int n;
	int count;
	struct rec191 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec190 *table190;

struct rec191 {
	int id;
	int n;
	int count;
	struct rec192 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec191 *table191;

struct rec192 {
	int id;
	int n;
	int count;
	struct rec193 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec192 *table192;

struct rec193 {
	int id;
	int n;
	int count;
	struct rec194 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec193 *table193;

struct rec194 {
	int id;
	int n;
	int count;
	struct rec195 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec194 *table194;

struct rec195 {
	int id;
	int n;
	int count;
	struct rec196 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec195 *table195;

struct rec196 {
	int id;
	int n;
	int count;
	struct rec197 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec196 *table196;

struct rec197 {
	int id;
	int n;
	int count;
	struct rec198 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec197 *table197;

struct rec198 {
	int id;
	int n;
	int count;
	struct rec199 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec198 *table198;

struct rec199 {
	int id;
	int n;
	int count;
	struct rec0 *next;
	char E_SZ *name;
	struct sockaddr_in addr;
	pthread_mutex_t lock;
	struct timespec when;
	int E_PTRARRAY(n) *vals;
};
extern struct rec199 *table199;

enum mode { M_IDLE, M_RUN, M_STOP };
