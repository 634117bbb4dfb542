#ifndef CLIBWEBSOCKETS_SHIM_H
#define CLIBWEBSOCKETS_SHIM_H
/*
 * Re-exports what Swift cannot import from libwebsockets.h: macros built from
 * expressions (LWS_PRE, composite option flags) and the variadic logger.
 */
#include <libwebsockets.h>
#include <stdlib.h>
#include <string.h>
#include <ev.h>

/* Headroom lws needs in front of every buffer handed to lws_write. */
enum { CLWS_PRE = LWS_PRE };

/* Server option flags (some are composites of two bits, so not importable). */
static const uint64_t CLWS_OPT_VALIDATE_UTF8 = LWS_SERVER_OPTION_VALIDATE_UTF8;
static const uint64_t CLWS_OPT_FAIL_UPON_UNABLE_TO_BIND = LWS_SERVER_OPTION_FAIL_UPON_UNABLE_TO_BIND;
static const uint64_t CLWS_OPT_HTTP_HEADERS_SECURITY = LWS_SERVER_OPTION_HTTP_HEADERS_SECURITY_BEST_PRACTICES_ENFORCE;
static const uint64_t CLWS_OPT_DO_SSL_GLOBAL_INIT = LWS_SERVER_OPTION_DO_SSL_GLOBAL_INIT;
static const uint64_t CLWS_OPT_DISABLE_IPV6 = LWS_SERVER_OPTION_DISABLE_IPV6;
static const uint64_t CLWS_OPT_SSL_ECDH = LWS_SERVER_OPTION_SSL_ECDH;
static const uint64_t CLWS_OPT_LIBEV = LWS_SERVER_OPTION_LIBEV;

/*
 * The libev loop lws runs on (through its evlib_ev plugin) instead of its default poll(2)
 * loop: epoll only reports the connections that are ready, where poll(2) walks every open
 * connection on every wake-up. The loop is ours ("foreign" to lws), so we run it one
 * iteration at a time and can stop between iterations.
 */
static inline struct ev_loop *clws_ev_loop_new(void) {
    return ev_loop_new(EVBACKEND_EPOLL | EVFLAG_NOSIGMASK);
}
static inline void clws_ev_run_once(struct ev_loop *loop) {
    ev_run(loop, EVRUN_ONCE);
}
static inline void clws_ev_loop_destroy(struct ev_loop *loop) {
    ev_loop_destroy(loop);
}

/*
 * lws 4.1.6's libev glue serves its timers (handshake and close timeouts, pings) after every
 * I/O event, but re-arms its own ev_timer without stopping it first, so on a quiet server a
 * timeout set after a later one is missed until that later one fires. A ticker that wakes lws
 * (lws_cancel_service is an I/O event on its pipe) bounds that delay to one tick.
 */
struct clws_ticker {
    ev_timer timer; /* first: the callback casts back */
    struct lws_context *context;
};
static inline void clws_ticker_fired(struct ev_loop *loop, ev_timer *timer, int revents) {
    (void)loop;
    (void)revents;
    lws_cancel_service(((struct clws_ticker *)timer)->context);
}
static inline struct clws_ticker *clws_ticker_start(struct ev_loop *loop, struct lws_context *context, double seconds) {
    struct clws_ticker *ticker = calloc(1, sizeof *ticker);
    if (!ticker) {
        return NULL;
    }
    ticker->context = context;
    ev_timer_init(&ticker->timer, clws_ticker_fired, seconds, seconds);
    ev_timer_start(loop, &ticker->timer);
    return ticker;
}
static inline void clws_ticker_stop(struct ev_loop *loop, struct clws_ticker *ticker) {
    if (ticker) {
        ev_timer_stop(loop, &ticker->timer);
        free(ticker);
    }
}

/* Log levels (plain enum constants, re-exported as ints for clarity). */
enum {
    CLWS_LLL_ERR = LLL_ERR,
    CLWS_LLL_WARN = LLL_WARN,
    CLWS_LLL_NOTICE = LLL_NOTICE,
    CLWS_LLL_INFO = LLL_INFO
};

/* lwsl_* are macros over the variadic _lws_log. */
static inline void clws_log(int level, const char *m) {
    _lws_log(level, "%s\n", m);
}

/* Copies a header into dest as a C string; returns its length, or -1 when absent or too long. */
static inline int clws_hdr_copy(struct lws *wsi, char *dest, int len, enum lws_token_indexes token) {
    if (lws_hdr_total_length(wsi, token) <= 0) {
        return -1;
    }
    int n = lws_hdr_copy(wsi, dest, len, token);
    if (n < 0) {
        return -1;
    }
    return n;
}

/* Close status from a plain number (the enum is sparse). */
static inline void clws_close_reason(struct lws *wsi, unsigned short code, const unsigned char *reason, size_t len) {
    lws_close_reason(wsi, (enum lws_close_status)code, (unsigned char *)reason, len);
}

#endif
