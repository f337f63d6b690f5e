/*
 * xfgen/annotations.h: marks what C types cannot say about a program's
 * state, for xfgen (see LANGUAGE.md, "Annotations in the headers").
 *
 * When xfgen reads a header it defines __XFGEN__ and these macros become
 * __attribute__((annotate("xfgen:..."))); for an ordinary compiler they
 * expand to nothing, so annotated headers build unchanged.
 *
 * Where to write them:
 *   struct conn {
 *       int nitems;
 *       struct item E_PTRARRAY(nitems) *items;   // or: struct item *items E_PTRARRAY(nitems);
 *       char E_SZ *name;
 *       void E_T(@t) *data;
 *       struct list E_G(@t) *next;
 *       int cache E_IGNORE;
 *   } E_GENERIC(@t);
 *   struct node { int val; struct node *next; } E_OWNED;  // never shared
 *   extern struct blob E_OPAQUE *blobs;
 *
 * Generic parameters are written with '@' (E_T(@t)); the macros turn
 * their arguments into strings, so '@' never reaches the C compiler.
 */
#ifndef XFGEN_ANNOTATIONS_H
#define XFGEN_ANNOTATIONS_H

#ifdef __XFGEN__
/* The count is macro-expanded first, so E_PTRARRAY(MAX_ITEMS) works. */
#define XF_ANNOT_STR_(x) #x
#define E_PTRARRAY(n) __attribute__((annotate("xfgen:ptrarray:" XF_ANNOT_STR_(n))))
#define E_ARRAY(n) __attribute__((annotate("xfgen:array:" XF_ANNOT_STR_(n))))
#define E_SZ __attribute__((annotate("xfgen:sz")))
#define E_NTARRAY __attribute__((annotate("xfgen:ntarray")))
#define E_OPAQUE __attribute__((annotate("xfgen:opaque")))
#define E_IGNORE __attribute__((annotate("xfgen:ignore")))
#define E_OWNED __attribute__((annotate("xfgen:owned")))
#define E_GENERIC(...) __attribute__((annotate("xfgen:generic:" #__VA_ARGS__)))
#define E_T(t) __attribute__((annotate("xfgen:T:" #t)))
#define E_G(...) __attribute__((annotate("xfgen:G:" #__VA_ARGS__)))
#else
#define E_PTRARRAY(n)
#define E_ARRAY(n)
#define E_SZ
#define E_NTARRAY
#define E_OPAQUE
#define E_IGNORE
#define E_OWNED
#define E_GENERIC(...)
#define E_T(t)
#define E_G(...)
#endif

#endif
