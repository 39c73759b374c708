#!/usr/bin/env bash
# Usage: bench/hostile.sh [SCENARIO...]   (scenarios: vias slow-bodies images; default all three)
#   Hostile load on loopback, bounded in time, stopping by itself: starts target/corridor-atlas.jar (build it first:
#   mvn -B -o package -DskipTests) on a free port with a small heap, and for each scenario runs the attack for
#   DURATION seconds while a probe asks /health every 200 ms. Prints per scenario: /health latency (p50, p95, max)
#   and failed probes, the attackers' answers by status, and at the end the heap peak (from the GC log) and whether
#   an OutOfMemoryError occurred. Exit 1 when /health ever took a second or more, failed, or the heap ran out.
#   vias         6 clients each POSTing 1 MB bodies of via points (70,000 vias) to /api/routes, again and again
#   slow-bodies  300 connections each declaring a legal 8 KB POST body and sending one byte every 5 s
#   images       300 clients each asking for /static.png at 2048 x 2048 (each a different view), again and again
#   The attackers run in one niced Python process (they stand in for remote clients: on a small machine their own
#   CPU use must not count against the server); the probe is a process of its own at normal priority.
#   Env: DURATION (20), HEAP (-Xmx1g), JAVA_OPTS.
set -euo pipefail
cd "$(dirname "$0")/.."
NAME=hostile
. bench/lib/atlas-server.sh
command -v python3 >/dev/null || die "python3 is needed"
DURATION=${DURATION:-20} HEAP=${HEAP:--Xmx1g}
SCENARIOS=${*:-vias slow-bodies images}
# shellcheck disable=SC2086
start_atlas $HEAP -Xlog:gc:file="$tmp/gc.log"
port=${BASE##*:}
log "server pid $server_pid on 127.0.0.1:$port, heap $HEAP, $DURATION s per scenario: $SCENARIOS"

status=0
timeout $((DURATION * 4 + 60)) python3 - "$port" "$DURATION" $SCENARIOS <<'PY' || status=1
import http.client, json, multiprocessing, os, socket, statistics, sys, threading, time
from collections import Counter

port, duration, scenarios = int(sys.argv[1]), float(sys.argv[2]), sys.argv[3:]
HOST = "127.0.0.1"

def probe(stop, results):
    # A process of its own: the attackers' threads share one interpreter lock, the probe must not wait for it.
    latencies, failures = [], []
    time.sleep(1)  # let the attack build up before measuring
    while not stop.is_set():
        t0 = time.monotonic()
        try:
            c = http.client.HTTPConnection(HOST, port, timeout=10)
            c.request("GET", "/health")
            r = c.getresponse(); r.read(); c.close()
            if r.status != 200:
                failures.append(r.status)
        except Exception as e:
            failures.append(type(e).__name__)
        latencies.append(time.monotonic() - t0)
        time.sleep(0.2)
    results.put((latencies, failures))

def vias(stop, answers, n):
    body = json.dumps({"from": "Dandong", "to": "Pyongyang", "via": ["Sinuiju"] * 70000}).encode()
    body += b" " * (1_000_000 - len(body))
    while not stop.is_set():
        try:
            c = http.client.HTTPConnection(HOST, port, timeout=30)
            c.request("POST", "/api/routes", body, {"Content-Type": "application/json"})
            r = c.getresponse(); r.read(); c.close()
            answers[r.status] += 1
        except (BrokenPipeError, ConnectionResetError):
            answers["reset after the answer (413 sent before the body was read)"] += 1
        except Exception as e:
            answers[type(e).__name__] += 1

def slow_body(stop, answers, n):
    try:
        s = socket.create_connection((HOST, port), timeout=5)
        s.sendall(b"POST /api/routes HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                  b"Content-Length: 8000\r\n\r\n")
    except Exception as e:
        answers["connect " + type(e).__name__] += 1
        return
    s.settimeout(0.2)
    next_byte = time.monotonic()
    while not stop.is_set():
        if time.monotonic() >= next_byte:
            try:
                s.sendall(b" ")
            except Exception:
                answers["closed by the server"] += 1
                return
            next_byte += 5
        try:
            data = s.recv(4096)
            answers[data.split(b" ")[1].decode() if data else "closed by the server"] += 1
            return
        except socket.timeout:
            pass
        except Exception:
            answers["closed by the server"] += 1
            return
    answers["still open at the end"] += 1
    s.close()

def images(stop, answers, n):
    i = 0
    while not stop.is_set():
        i += 1
        west = 118 + (n % 50) * 0.1 + (i % 7) * 0.01
        path = "/static.png?bbox=%.2f,36,%.2f,47&width=2048&height=2048" % (west, west + 12)
        try:
            c = http.client.HTTPConnection(HOST, port, timeout=30)
            c.request("GET", path)
            r = c.getresponse(); r.read(); c.close()
            answers[r.status] += 1
            if r.status == 503:
                time.sleep(min(5, int(r.getheader("Retry-After", "1"))) * 0.2)  # an impatient client
        except Exception as e:
            answers[type(e).__name__] += 1

ATTACKS = {"vias": (vias, 6), "slow-bodies": (slow_body, 300), "images": (images, 300)}
# The attackers stand in for clients on other machines: niced, so that on a small box their own CPU use does not
# count against the server; the probe, forked before this, keeps the normal priority.
nice_after_probe = True
worst = 0.0
bad = False
for name in scenarios:
    attack, clients = ATTACKS[name]
    stop, answers = threading.Event(), Counter()
    probe_stop, results = multiprocessing.Event(), multiprocessing.Queue()
    p = multiprocessing.Process(target=probe, args=(probe_stop, results), daemon=True)
    p.start()
    if nice_after_probe:
        os.nice(10)
        nice_after_probe = False
    threads = [threading.Thread(target=attack, args=(stop, answers, n), daemon=True) for n in range(clients)]
    for t in threads:
        t.start()
    time.sleep(duration + 1)
    probe_stop.set()
    latencies, failures = results.get(timeout=30)
    p.join(15)
    stop.set()
    for t in threads:
        t.join(10)
    lat = sorted(latencies)
    p50, p95, mx = (statistics.median(lat), lat[int(len(lat) * 0.95) - 1], lat[-1]) if lat else (0, 0, 0)
    print("%-12s /health p50 %6.1f ms  p95 %6.1f ms  max %7.1f ms  probes %d, failed %d;  %d attackers: %s" % (
        name, p50 * 1000, p95 * 1000, mx * 1000, len(lat), len(failures), clients,
        ", ".join("%s x%d" % (k, v) for k, v in sorted(answers.items(), key=lambda kv: -kv[1]))))
    sys.stdout.flush()
    if mx >= 1.0 or failures or not lat:
        bad = True
    time.sleep(2)
sys.exit(1 if bad else 0)
PY

peak=$(python3 - "$tmp/gc.log" <<'PY'
import re, sys
peak = 0
for line in open(sys.argv[1]):
    for used in re.findall(r"(\d+)M->\d+M", line):
        peak = max(peak, int(used))
print(peak)
PY
)
if grep -q OutOfMemoryError "$tmp/server.log"; then oom=yes; status=1; else oom=no; fi
kill -0 "$server_pid" 2>/dev/null || { log "the server died"; status=1; }
echo "heap peak ${peak} MB (of $HEAP); OutOfMemoryError: $oom; server still up: $(kill -0 "$server_pid" 2>/dev/null && echo yes || echo no)"
exit $status
