/*
 * The I/O of a rehearsal turn and nothing else, in plain C on libwebsockets 4.1.6: the floor
 * for `rehearse serve` on the same library, as lws_echo.c (../shared/bench) is the floor for an
 * echo. For every message it appends one 300-byte line to the connection's own file with
 * write(2) (the transcript line, written before answering) and answers with three text frames
 * of the sizes a turn of `vrij-oefenen` sends (coach 78, line 151, your-turn 576 bytes), framed
 * by hand and sent with one lws_write, as rehearse does. No JSON, no coach, no dialogue.
 *
 *   gcc -O2 -o turn_io turn_io.c -lwebsockets && ./turn_io PORT FOLDER
 *   wsload -p PORT -u /ws -P rehearse.v1 -s start -m say -t your-turn -n 100 -r 300
 */
#include <libwebsockets.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define FRAMES_BYTES (2 + 78 + 4 + 151 + 4 + 576)

static const char *folder;
static unsigned char frames[FRAMES_BYTES];
static char line[301];

struct pss { int fd; int pending; unsigned char out[LWS_PRE + FRAMES_BYTES]; };

static size_t put_frame(unsigned char *at, size_t size, char fill, const char *tail) {
  size_t header = size < 126 ? 2 : 4;
  at[0] = 0x81;
  if (size < 126) {
    at[1] = (unsigned char)size;
  } else {
    at[1] = 126; at[2] = (unsigned char)(size >> 8); at[3] = (unsigned char)size;
  }
  memset(at + header, fill, size);
  memcpy(at + header + size - strlen(tail), tail, strlen(tail));
  return header + size;
}

static int cb(struct lws *wsi, enum lws_callback_reasons reason, void *user, void *in, size_t len) {
  struct pss *p = user;
  static unsigned long next_id;
  char path[512];
  (void)in; (void)len;
  switch (reason) {
  case LWS_CALLBACK_ESTABLISHED:
    snprintf(path, sizeof path, "%s/%lu.jsonl", folder, ++next_id);
    p->fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
    return p->fd < 0 ? -1 : 0;
  case LWS_CALLBACK_RECEIVE:
    if (!lws_is_final_fragment(wsi)) return 0;
    if (write(p->fd, line, sizeof line - 1) != (ssize_t)(sizeof line - 1)) return -1;
    p->pending = 1;
    lws_callback_on_writable(wsi);
    return 0;
  case LWS_CALLBACK_SERVER_WRITEABLE:
    if (!p->pending) return 0;
    p->pending = 0;
    memcpy(p->out + LWS_PRE, frames, FRAMES_BYTES);
    return lws_write(wsi, p->out + LWS_PRE, FRAMES_BYTES, LWS_WRITE_HTTP) < FRAMES_BYTES ? -1 : 0;
  case LWS_CALLBACK_CLOSED:
    if (p->fd > 0) close(p->fd);
    return 0;
  default:
    return 0;
  }
}

static struct lws_protocols protocols[] = {
  {"rehearse.v1", cb, sizeof(struct pss), 4096, 0, NULL, 0},
  {NULL, NULL, 0, 0, 0, NULL, 0},
};

int main(int argc, char **argv) {
  struct lws_context_creation_info info;
  size_t at = 0;
  if (argc < 3) { fprintf(stderr, "usage: turn_io PORT FOLDER\n"); return 2; }
  folder = argv[2];
  at += put_frame(frames + at, 78, 'c', "\"}");
  at += put_frame(frames + at, 151, 'l', "\"}");
  at += put_frame(frames + at, 576, 'y', "your-turn\"}");
  memset(line, 't', 299);
  line[299] = '\n';
  memset(&info, 0, sizeof info);
  info.port = atoi(argv[1]);
  info.iface = "127.0.0.1";
  info.protocols = protocols;
  lws_set_log_level(LLL_ERR, NULL);
  struct lws_context *context = lws_create_context(&info);
  if (!context) return 1;
  while (lws_service(context, 0) >= 0) {}
  lws_context_destroy(context);
  return 0;
}
