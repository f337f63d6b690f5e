/*
 * owned.h: OWNED declares a workload's objects E_OWNED (each reached by
 * one pointer, none into it) when xfgen reads the headers for a
 * "-owned" workload of go run ./bench (-D BENCH_OWNED); else it is
 * nothing, and the generator finds the sharing out at run time.
 */
#ifndef XF_BENCH_OWNED_H
#define XF_BENCH_OWNED_H

#include "xfgen/annotations.h"

#ifdef BENCH_OWNED
#define OWNED E_OWNED
#else
#define OWNED
#endif

#endif
