#ifndef CLIBFUZZER_H
#define CLIBFUZZER_H
#include <stddef.h>
#include <stdint.h>

/// libFuzzer's driver (in libclang_rt.fuzzer, linked by -sanitize=fuzzer).
int LLVMFuzzerRunDriver(int *argc, char ***argv,
                        int (*callback)(const uint8_t *data, size_t size));

/// Runs libFuzzer with `callback` as LLVMFuzzerTestOneInput. Each target's main.swift calls it:
/// SwiftPM links executables with `--defsym main=<Module>_main`, so libFuzzer's own `main` is
/// never linked in. First hands the crash signals back to libFuzzer (see CLibFuzzer.c).
int FuzzMain(int argc, char **argv, int (*callback)(const uint8_t *data, size_t size));

#endif
