#include "CLibFuzzer.h"
#include <signal.h>

int FuzzMain(int argc, char **argv, int (*callback)(const uint8_t *data, size_t size)) {
    // The Swift runtime's backtracer installs handlers for these signals at start-up, and
    // libFuzzer leaves a signal alone when a handler is already there: a Swift trap (SIGILL)
    // would then kill the process without libFuzzer saving the input as crash-<sha1>.
    // With the defaults back, libFuzzer installs its own.
    int crashes[] = { SIGILL, SIGSEGV, SIGBUS, SIGABRT, SIGFPE, SIGTRAP };
    for (size_t i = 0; i < sizeof crashes / sizeof crashes[0]; i++) {
        signal(crashes[i], SIG_DFL);
    }
    return LLVMFuzzerRunDriver(&argc, &argv, callback);
}
