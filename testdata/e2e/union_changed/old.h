union payload {
	int i;
	float f;
};
extern union payload last_payload;
