#!/bin/sh
# workerd with its standard output flushed at the end of every line, so that V8's `--trace-gc` lines
# reach the bench as they are printed: into a pipe, C's stdio otherwise flushes only every few kilobytes.
exec stdbuf -oL "$TANDEM_BENCH_WORKERD" "$@"
