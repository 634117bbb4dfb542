#!/usr/bin/env bash
# Two `rehearse serve` instances (a and b) behind Debian's nginx, with one shared transcripts
# folder, configured as docs/deployment.md describes. Checks, through nginx and a real WebSocket
# client (wsclient.py):
#   - new sessions land on both instances (their ids start with a- or b-);
#   - a dropped learner who reconnects with /ws?session=<id> and resumes reaches the instance that
#     holds the session live (nginx's access log and the instances' logs say so), sees every turn
#     once and gets an answer to the next one;
#   - the transcripts in the shared folder hold every turn exactly once;
#   - an observer who names a join code's first letter in the URL (/ws?join=a, as Web/observe.js
#     does) reaches the instance that holds the session: codes start with the instance's letter;
#   - the same over TLS (wss to nginx, certificate verified; plain WebSocket behind it);
#   - the real Web client in headless Chromium reloads and resumes through nginx (when .venv
#     has selenium);
#   - per-address connection limits see the learner's address through X-Forwarded-For;
#   - when an instance dies, its sessions resume on the other one from the shared transcripts.
# Uses $REHEARSE_BIN if set, else the debug build. Cleans up every process it started.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
bin=${REHEARSE_BIN:-$(cd "$root" && swift build --show-bin-path)/rehearse}
nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)
[ -x "$bin" ] || { echo "FAIL: no rehearse binary at $bin (run swift build)"; exit 1; }
[ -x "$nginx_bin" ] || { echo "FAIL: nginx is not installed (scripts/install-deps test)"; exit 1; }

tmp=$(mktemp -d "${TMPDIR:-/tmp}/rehearse-nginx.XXXXXX")
declare -A pid port
nginx_pid=
learner_origin=

cleanup() {
    local status=$?
    set +e
    [ -n "$nginx_pid" ] && kill "$nginx_pid" 2>/dev/null
    for name in "${!pid[@]}"; do kill "${pid[$name]}" 2>/dev/null; done
    [ -n "$nginx_pid" ] && wait "$nginx_pid" 2>/dev/null
    for name in "${!pid[@]}"; do wait "${pid[$name]}" 2>/dev/null; done
    if [ "$status" -ne 0 ]; then
        for log in "$tmp"/*.log; do
            [ -f "$log" ] || continue
            echo "--- $(basename "$log") (last lines)"
            tail -n 20 "$log"
        done
    fi
    rm -rf "$tmp"
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

fail() { echo "FAIL: $*" >&2; exit 1; }
ok() { echo "ok: $*"; }

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# The first frame of a type in JSON lines on stdin, or one of its fields.
frame_field() {
    python3 -c '
import json, sys
kind, key = sys.argv[1], sys.argv[2]
for line in sys.stdin:
    frame = json.loads(line)
    if frame.get("type") == kind:
        print(frame.get(key, "") if key else line.strip())
        break
' "$1" "${2:-}"
}

last_type() { tail -n 1 | python3 -c 'import json, sys; print(json.loads(sys.stdin.read()).get("type"))'; }

start_instance() {
    local name=$1
    "$bin" serve --instance "$name" --host 127.0.0.1 --port 0 \
        --dialogues "$root/Dialogues" --web "$root/Web" --transcripts "$tmp/transcripts" \
        --trust-proxy --max-connections-per-address 4 --log-level info \
        >"$tmp/$name.out" 2>"$tmp/$name.log" &
    pid[$name]=$!
    for _ in $(seq 1 150); do
        port[$name]=$(grep -oE ':[0-9]+/' "$tmp/$name.out" 2>/dev/null | head -n 1 | tr -d ':/' || true)
        [ -n "${port[$name]}" ] && return 0
        kill -0 "${pid[$name]}" 2>/dev/null || fail "instance $name did not start: $(cat "$tmp/$name.log")"
        sleep 0.1
    done
    fail "instance $name printed no address"
}

start_nginx() {
    local listen tls_listen
    openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj /CN=127.0.0.1 -addext subjectAltName=IP:127.0.0.1 \
        -keyout "$tmp/tls.key" -out "$tmp/tls.pem" 2>"$tmp/openssl.out" || fail "openssl: $(cat "$tmp/openssl.out")"
    for _ in 1 2 3; do
        listen=$(free_port)
        tls_listen=$(free_port)
        mkdir -p "$tmp/nginx"
        # The same shape as the config in docs/deployment.md, with a self-signed certificate,
        # and plain http on a second port instead of the redirect.
        cat >"$tmp/nginx.conf" <<EOF
worker_processes 1;
pid $tmp/nginx.pid;
error_log $tmp/nginx-error.log info;
events { worker_connections 256; }
http {
    client_body_temp_path $tmp/nginx/body;
    proxy_temp_path $tmp/nginx/proxy;
    fastcgi_temp_path $tmp/nginx/fastcgi;
    uwsgi_temp_path $tmp/nginx/uwsgi;
    scgi_temp_path $tmp/nginx/scgi;
    log_format routed '\$remote_addr "\$request" \$status session=\$arg_session join=\$arg_join upstream=\$upstream_addr';
    access_log $tmp/nginx-access.log routed;

    map \$http_upgrade \$connection_upgrade { default upgrade; '' close; }
    map "\$arg_session:\$arg_join" \$rehearse_upstream {
        ~^a-     rehearse_a;
        ~^b-     rehearse_b;
        "~*^:a"  rehearse_a;
        "~*^:b"  rehearse_b;
        default  rehearse_any;
    }
    upstream rehearse_any { least_conn; server 127.0.0.1:${port[a]}; server 127.0.0.1:${port[b]}; }
    upstream rehearse_a { server 127.0.0.1:${port[a]}; server 127.0.0.1:${port[b]} backup; }
    upstream rehearse_b { server 127.0.0.1:${port[b]}; server 127.0.0.1:${port[a]} backup; }

    server {
        listen 127.0.0.1:$listen;
        listen 127.0.0.1:$tls_listen ssl;
        ssl_certificate $tmp/tls.pem;
        ssl_certificate_key $tmp/tls.key;
        ssl_protocols TLSv1.2 TLSv1.3;
        location = /ws {
            proxy_pass http://\$rehearse_upstream;
            proxy_http_version 1.1;
            proxy_set_header Upgrade \$http_upgrade;
            proxy_set_header Connection \$connection_upgrade;
            proxy_set_header Host \$http_host;
            proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto \$scheme;
            proxy_next_upstream error;
            proxy_read_timeout 1h;
            proxy_send_timeout 1h;
            proxy_buffering off;
        }
        location / {
            proxy_pass http://rehearse_any;
            proxy_set_header Host \$http_host;
            proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
        }
    }
}
EOF
        "$nginx_bin" -t -q -p "$tmp" -c "$tmp/nginx.conf" 2>"$tmp/nginx-check.log" \
            || fail "nginx rejects the config: $(cat "$tmp/nginx-check.log")"
        "$nginx_bin" -p "$tmp" -c "$tmp/nginx.conf" -g 'daemon off;' 2>>"$tmp/nginx-error.log" &
        nginx_pid=$!
        for _ in $(seq 1 50); do
            if python3 -c 'import socket, sys; [socket.create_connection(("127.0.0.1", int(p)), 1).close() for p in sys.argv[1:]]' \
                "$listen" "$tls_listen" 2>/dev/null; then
                nginx_port=$listen
                nginx_tls_port=$tls_listen
                learner_origin="http://127.0.0.1:$nginx_port"
                return 0
            fi
            kill -0 "$nginx_pid" 2>/dev/null || break
            sleep 0.1
        done
        kill "$nginx_pid" 2>/dev/null || true
        wait "$nginx_pid" 2>/dev/null || true
        nginx_pid=
    done
    fail "nginx did not start: $(tail -n 5 "$tmp/nginx-error.log")"
}

ws() { python3 "$here/wsclient.py" "ws://127.0.0.1:$nginx_port$1" --origin "$learner_origin"; }
wss() { python3 "$here/wsclient.py" "wss://127.0.0.1:$nginx_tls_port$1" --origin "https://127.0.0.1:$nginx_tls_port" --cafile "$tmp/tls.pem"; }

transcript_of() { find "$tmp/transcripts" -name "$1.jsonl" -not -name '*.notes.jsonl' | head -n 1; }

# Learner turns in a transcript: how many, and whether any turn number appears twice.
learner_turns() {
    python3 -c '
import json, sys
turns = [json.loads(l)["turn"] for l in open(sys.argv[1]) if l.strip() and json.loads(l)["type"] == "learner"]
print(len(turns) if len(turns) == len(set(turns)) else "duplicated %s" % turns)
' "$1"
}

# Checks a resumed session's output: `started` with resumed, exactly `want` learner turns in
# `turns`, none twice, then an answer to the next turn.
check_resumed() {
    local out=$1 want=$2 what=$3
    python3 -c '
import json, sys
frames = [json.loads(l) for l in sys.argv[1].splitlines() if l.strip()]
want, what = int(sys.argv[2]), sys.argv[3]
started = frames[0]
assert started["type"] == "started" and started.get("resumed") is True, f"{what}: not resumed: {started}"
learner = [t["turn"] for t in started.get("turns", []) if t.get("type") == "learner"]
assert len(learner) == want, f"{what}: {len(learner)} learner turns in the resumed record, want {want}: {learner}"
assert len(set(learner)) == len(learner), f"{what}: a turn appears twice: {learner}"
lines = [(t.get("turn"), t.get("text")) for t in started["turns"] if t.get("type") == "line"]
assert len(lines) == len(set(lines)), f"{what}: a persona line appears twice: {lines}"
assert frames[1]["type"] == "your-turn", f"{what}: resume not closed by your-turn: {frames[1]}"
after = frames[2:]
assert after and after[-1]["type"] == "your-turn", f"{what}: next turn not answered: {after}"
assert any(f["type"] == "line" for f in after), f"{what}: the persona did not answer: {after}"
' "$out" "$want" "$what" || fail "$what"
}

# MARK: - Start

start_instance a
start_instance b
start_nginx
ok "instances a (port ${port[a]}) and b (port ${port[b]}) behind nginx (port $nginx_port, TLS $nginx_tls_port)"

page=$(python3 -c 'import sys, urllib.request; print(urllib.request.urlopen(sys.argv[1], timeout=5).read().decode())' \
    "http://127.0.0.1:$nginx_port/")
grep -q "Oefengesprek" <<<"$page" || fail "the Web client is not served through nginx"
ok "the Web client is served through nginx"

start='{"type":"start","dialogue":"vrij-oefenen","learner":"nginx-test"}'
say1='{"type":"say","text":"Wat brengt u hier vandaag?"}'
say2='{"type":"say","text":"U merkt dat er veel verandert in de wijk?"}'
say3='{"type":"say","text":"Wat zou u helpen om u weer thuis te voelen?"}'

# MARK: - Sessions on both instances, each dropped and resumed through nginx

declare -A owner token join
sessions=()
for round in 1 2 3 4 5 6; do
    out=$(printf '%s\n%s\n' "$start" "$say1" | ws /ws) || fail "session $round: start through nginx"
    session=$(frame_field started session <<<"$out")
    [[ "$session" =~ ^([ab])-[a-z0-9]{20}$ ]] || fail "session id without an instance prefix: '$session'"
    owner[$session]=${BASH_REMATCH[1]}
    token[$session]=$(frame_field started token <<<"$out")
    join[$session]=$(frame_field started join <<<"$out")
    [ "$(last_type <<<"$out")" = your-turn ] || fail "session $session: first turn not answered"
    sessions+=("$session")
    # The connection is dropped here (no close frame); the learner reconnects naming the session.
    resume=$(printf '{"type":"resume","session":"%s","token":"%s"}' "$session" "${token[$session]}")
    out=$(printf '%s\n%s\n' "$resume" "$say2" | ws "/ws?session=$session") || fail "session $session: resume through nginx"
    check_resumed "$out" 1 "session $session resumed through nginx"
done
owners=$(printf '%s\n' "${owner[@]}" | sort -u | tr '\n' ' ' || true)
[ "$owners" = "a b " ] || fail "new sessions did not reach both instances (prefixes: $owners)"
ok "${#sessions[@]} sessions started on instances $owners, each dropped and resumed without duplicates"

# Every resume reached its owner: nginx routed it there, and no instance rebuilt a session it
# did not hold (which would mean a second live copy).
for session in "${sessions[@]}"; do
    want="127.0.0.1:${port[${owner[$session]}]}"
    routed=$(grep -F "session=$session " "$tmp/nginx-access.log" | grep -oE 'upstream=[^ ]+' | sort -u | tr '\n' ' ' || true)
    [ "$routed" = "upstream=$want " ] || fail "resume of $session went to '$routed', not its owner $want"
done
grep -h "hersteld uit het verslag" "$tmp/a.log" "$tmp/b.log" && fail "an instance rebuilt a session that another held live"
ok "nginx routed every resume by its ?session= prefix to the instance that holds it"

for session in "${sessions[@]}"; do
    file=$(transcript_of "$session")
    [ -n "$file" ] || fail "no transcript for $session in the shared folder"
    [ "$(learner_turns "$file")" = 2 ] || fail "transcript $session: $(learner_turns "$file") learner turns, want 2"
    head -n 1 "$file" | grep -q "\"session\":\"$session\"" || fail "transcript $session: header names another session"
done
ok "the shared transcripts folder holds every session's two turns exactly once"

# MARK: - Observers with a join code reach the session's instance

for session in "${sessions[@]}"; do
    code=${join[$session]}
    want_mark=$(tr 'ab' 'AB' <<<"${owner[$session]}")
    [ "${code:0:1}" = "$want_mark" ] || fail "join code $code of $session does not start with its instance's letter"
    # Typed in lower case, as a colleague might; routed all the same.
    typed=$(tr 'A-Z' 'a-z' <<<"$code")
    for attempt in 1 2; do
        out=$(printf '{"type":"observe","join":"%s","name":"Pieter"}\n' "$typed" | ws "/ws?join=${typed:0:1}") \
            || fail "observe $session through nginx"
        [ "$(last_type <<<"$out")" = observing ] || fail "observer with code $code (attempt $attempt) got: $out"
        [ "$(frame_field observing session <<<"$out")" = "$session" ] || fail "observer with code $code reached another session"
    done
    want="127.0.0.1:${port[${owner[$session]}]}"
    routed=$(grep -F "join=${typed:0:1} " "$tmp/nginx-access.log" | grep -oE 'upstream=[^ ]+' | sort -u | tr '\n' ' ' || true)
    [ "$routed" = "upstream=$want " ] || fail "observers of $session went to '$routed', not its owner $want"
done
grep -qE "join=[a-z0-9]{2}" "$tmp/nginx-access.log" && fail "a whole join code reached nginx's access log"
ok "observers naming a join code's letter in the URL reached the instance holding each session (codes start with a or b)"

# MARK: - The same over TLS: nginx terminates it, the instances speak plain WebSocket

out=$(printf '%s\n%s\n' "$start" "$say1" | wss /ws) || fail "start over wss through nginx"
session=$(frame_field started session <<<"$out")
[[ "$session" =~ ^([ab])-[a-z0-9]{20}$ ]] || fail "session id over wss without an instance prefix: '$session'"
owner[$session]=${BASH_REMATCH[1]}
token[$session]=$(frame_field started token <<<"$out")
resume=$(printf '{"type":"resume","session":"%s","token":"%s"}' "$session" "${token[$session]}")
out=$(printf '%s\n%s\n' "$resume" "$say2" | wss "/ws?session=$session") || fail "resume over wss through nginx"
check_resumed "$out" 1 "session $session resumed over wss"
routed=$(grep -F "session=$session " "$tmp/nginx-access.log" | grep -oE 'upstream=[^ ]+' | sort -u | tr '\n' ' ' || true)
[ "$routed" = "upstream=127.0.0.1:${port[${owner[$session]}]} " ] || fail "resume of $session over wss went to '$routed'"
ok "over TLS (wss, certificate verified) a session started, dropped and resumed on its instance"

# MARK: - Per-address limits see the learner through X-Forwarded-For

python3 - "$here" "$nginx_port" <<'EOF' || fail "per-address limits do not use X-Forwarded-For"
import sys
sys.path.insert(0, sys.argv[1])
from wsclient import WebSocket, HandshakeRefused
url = f"ws://127.0.0.1:{sys.argv[2]}/ws?session=a-limits"   # pinned to instance a
held = [WebSocket(url, source="127.0.0.2") for _ in range(4)]
try:
    WebSocket(url, source="127.0.0.2")
    raise SystemExit("a fifth connection from 127.0.0.2 was admitted (limit 4)")
except HandshakeRefused as refused:
    assert refused.status == 429, refused
# Another learner behind the same proxy is not affected by the first one's connections.
held.append(WebSocket(url, source="127.0.0.3"))
for ws in held:
    ws.close(polite=True)
EOF
ok "per-address connection limits count the learner's address (X-Forwarded-For), not nginx's"

# MARK: - The real Web client reloads and resumes through nginx

browser_python="$root/.venv/bin/python"
if [ -x "$browser_python" ] && "$browser_python" -c 'import selenium' 2>/dev/null \
    && command -v chromium >/dev/null && command -v chromedriver >/dev/null; then
    session=$("$browser_python" "$here/browser_resume.py" "http://127.0.0.1:$nginx_port/") \
        || fail "the Web client did not resume through nginx"
    [[ "$session" =~ ^([ab])-[a-z0-9]{20}$ ]] || fail "the Web client's session id has no instance prefix: '$session'"
    want="127.0.0.1:${port[${BASH_REMATCH[1]}]}"
    routed=$(grep -F "session=$session " "$tmp/nginx-access.log" | grep -oE 'upstream=[^ ]+' | sort -u | tr '\n' ' ' || true)
    [ "$routed" = "upstream=$want " ] || fail "the Web client's reconnect for $session went to '$routed', not $want"
    grep -q "hersteld uit het verslag" "$tmp/a.log" "$tmp/b.log" && fail "the Web client's resume rebuilt its session elsewhere"
    [ "$(learner_turns "$(transcript_of "$session")")" = 2 ] || fail "transcript $session: $(learner_turns "$(transcript_of "$session")")"
    ok "the Web client in Chromium reloaded, reconnected with ?session=$session to its instance and resumed"
else
    echo "skip: the Web client step (needs .venv with selenium, chromium and chromedriver: scripts/install-deps test)"
fi

# MARK: - An instance dies: its sessions resume on the other from the shared transcripts

victim=
for session in "${sessions[@]}"; do
    [ "${owner[$session]}" = a ] && { victim=$session; break; }
done
kill -KILL "${pid[a]}"
wait "${pid[a]}" 2>/dev/null || true
unset 'pid[a]'
resume=$(printf '{"type":"resume","session":"%s","token":"%s"}' "$victim" "${token[$victim]}")
out=$(printf '%s\n%s\n' "$resume" "$say3" | ws "/ws?session=$victim") || fail "resume of $victim after instance a died"
check_resumed "$out" 2 "session $victim resumed after its instance died"
grep -q "sessie $victim hersteld uit het verslag" "$tmp/b.log" || fail "instance b did not rebuild $victim from the transcript"
[ "$(learner_turns "$(transcript_of "$victim")")" = 3 ] || fail "transcript $victim after fail-over: $(learner_turns "$(transcript_of "$victim")")"
out=$(printf '%s\n' "$start" | ws /ws) || fail "start after instance a died"
[[ "$(frame_field started session <<<"$out")" == b-* ]] || fail "a new session after a died did not land on b"
ok "after instance a died, its session $victim resumed on b from the shared transcript; new sessions go to b"

echo "PASS: nginx_resume_test"
