/* A stand-in for Kitsune's kitsune.h, shaped like it: the annotation
 * macros as e_* attributes, the runtime's entry points, and its own
 * definitions of the transformation helpers that xfgen also defines.
 * A spec's preamble that includes it must compile, and its rules must
 * keep xfgen's meaning of the helpers. */
#ifndef _KITSUNE_H
#define _KITSUNE_H

#include <stddef.h>
#include <string.h>

#define E_PTRARRAY(n) __attribute__((e_ptrarray(n)))
#define E_ARRAY(n) __attribute__((e_array(n)))
#define E_OPAQUE __attribute__((e_opaque))
#define E_PTROPAQUE __attribute__((e_ptropaque))
#define E_GENERIC(...) __attribute__((e_generic(__VA_ARGS__)))
#define E_T(t) __attribute__((e_t(t)))
#define E_G(...) __attribute__((e_g(__VA_ARGS__)))

void kitsune_update(const char *point);
int kitsune_is_updating(void);
void kitsune_do_automigrate(void);

/* Kitsune's look-ups are functions of its runtime. */
void *kitsune_lookup_key_old(const char *key);
void *kitsune_lookup_key_new(const char *key);
void *kitsune_lookup_addr_old(const char *sym);

/* Its transformer closures. */
struct kitsune_xf_closure;
typedef void (*kitsune_xf_fn)(struct kitsune_xf_closure *c, void *in, void *out);
struct kitsune_xf_closure *kitsune_xf_raw(size_t size);
struct kitsune_xf_closure *kitsune_xf_ptr(struct kitsune_xf_closure *inner);
struct kitsune_xf_closure *kitsune_xf_ntstr(void);
void kitsune_xf_invoke(struct kitsune_xf_closure *c, void *in, void *out);

#define XF_ASSIGN(dst, src) memcpy(&(dst), &(src), sizeof(src))
#define XF_INVOKE(c, in, out) kitsune_xf_invoke((c), (in), (out))
#define XF_RAW(size) kitsune_xf_raw(size)
#define XF_PTR(c) kitsune_xf_ptr(c)
#define XF_NTSTR() kitsune_xf_ntstr()
#define XF_FPTR() kitsune_xf_raw(sizeof(void (*)(void)))
#define GET_OLD_STATIC(file, name) kitsune_lookup_key_old(#file "/" #name)
#define GET_NEW_STATIC(file, name) kitsune_lookup_key_new(#file "/" #name)

#endif
