#ifndef CLIBFUZZER_H
#define CLIBFUZZER_H
#include <stddef.h>
#include <stdint.h>

/// libFuzzer's driver (in libclang_rt.fuzzer, linked by -sanitize=fuzzer). Each target's
/// main.swift calls it, because SwiftPM renames an executable's `main` and libFuzzer's own
/// `main` would then never be linked in.
int LLVMFuzzerRunDriver(int *argc, char ***argv,
                        int (*callback)(const uint8_t *data, size_t size));

#endif
