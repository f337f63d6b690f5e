/* The spec's C code has an error (an undeclared function): xfgen copies
 * code as it is, so gcc finds the error, and thanks to the #line
 * directives reports it at the line of spec.xf where it was written. */
struct rec {
	int a;
};
extern struct rec recs[2];
