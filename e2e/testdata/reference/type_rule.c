/* Reference migration for testdata/e2e/type_rule. */
#include "common.h"

struct o_point {
	int x, y;
};
struct n_point {
	double x, y;
};
struct o_shape {
	int kind;
	struct o_point center;
	struct o_point *corner;
	struct o_point outline[3];
};
struct n_shape {
	int kind;
	struct n_point center;
	struct n_point *corner;
	struct n_point outline[3];
};

static void point(struct n_point *n, const struct o_point *o)
{
	n->x = o->x / 10.0;
	n->y = o->y / 10.0;
}

static struct n_point *ppoint(struct o_point *o)
{
	struct n_point *n;
	if (o == NULL)
		return NULL;
	if ((n = ref_get(o)) != NULL)
		return n;
	n = calloc(1, sizeof *n);
	ref_put(o, n);
	point(n, o);
	return n;
}

static void shape(struct n_shape *n, const struct o_shape *o)
{
	int j;
	n->kind = o->kind;
	point(&n->center, &o->center);
	n->corner = ppoint(o->corner);
	for (j = 0; j < 3; j++)
		point(&n->outline[j], &o->outline[j]);
}

int xf_migrate(const struct xf_env *env)
{
	struct o_point *oo = ref_lookup(env, 1, "origin"), *opath = ref_lookup(env, 1, "path"),
		       **oc = ref_lookup(env, 1, "cursor");
	struct n_point *no = ref_lookup(env, 0, "origin"), *npath = ref_lookup(env, 0, "path"),
		       **nc = ref_lookup(env, 0, "cursor");
	struct o_shape *os = ref_lookup(env, 1, "shapes"), **osel = ref_lookup(env, 1, "selected");
	struct n_shape *ns = ref_lookup(env, 0, "shapes"), **nsel = ref_lookup(env, 0, "selected");
	int i;
	if (!oo || !opath || !oc || !no || !npath || !nc || !os || !osel || !ns || !nsel)
		return 1;
	point(no, oo);
	for (i = 0; i < 3; i++)
		point(&npath[i], &opath[i]);
	*nc = ppoint(*oc);
	for (i = 0; i < 2; i++)
		shape(&ns[i], &os[i]);
	*nsel = NULL;
	if (*osel) {
		*nsel = calloc(1, sizeof **nsel);
		shape(*nsel, *osel);
	}
	return 0;
}
