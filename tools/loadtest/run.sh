#!/usr/bin/env bash
# Load test of the ContentGuard API on loopback, compared with the library alone, in one run on one machine.
#
#   tools/loadtest/run.sh                 # 60 s each, 16 connections / threads
#   DURATION=30 tools/loadtest/run.sh     # shorter
#
# Needs: the .NET 10 SDK, wrk (Debian: apt-get install -y wrk).
# Steps: publish the API (Release) and the library harness; run the library alone (LibraryThroughput: Check() from
# nproc threads, then from 16 threads); start the API on 127.0.0.1:$PORT with rate limiting off; wait for /healthz/ready; warm up 10 s; run
# wrk -c16 for $DURATION s with the 3,000-char article while sampling the API's RSS every 5 s; print the figures.
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
OUT="${OUT:-${TMPDIR:-/tmp}/contentguard-loadtest}"
DURATION="${DURATION:-60}"
CONNECTIONS="${CONNECTIONS:-16}"
WRK_THREADS="${WRK_THREADS:-2}"
PORT="${PORT:-5099}"
ARTICLE="${ARTICLE:-$HERE/article-3000.txt}"
LIB_THREADS="${LIB_THREADS:-$(nproc) $CONNECTIONS}"
URL="http://127.0.0.1:$PORT"

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 2; }
mkdir -p "$OUT"

echo "== building (Release)"
dotnet publish "$ROOT/src/ContentGuard.Api/ContentGuard.Api.csproj" -c Release -o "$OUT/api" --nologo -v q
dotnet build "$HERE/LibraryThroughput/LibraryThroughput.csproj" -c Release -o "$OUT/lib" --nologo -v q

echo "== machine: $(nproc) cores, $(uname -sr), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== article: $ARTICLE ($(wc -m < "$ARTICLE") chars)"

# The library alone, from as many threads as there are cores and from as many threads as wrk has connections.
for n in $LIB_THREADS; do
  echo "== library alone: $n threads, $DURATION s"
  dotnet "$OUT/lib/LibraryThroughput.dll" "$ARTICLE" "$n" "$DURATION" | tee "$OUT/library-$n.txt"
done

echo "== API on $URL"
ContentGuard__RateLimit__Enabled=false \
Urls="$URL" \
  dotnet "$OUT/api/ContentGuard.Api.dll" > "$OUT/api.log" 2>&1 &
API_PID=$!
trap 'kill $API_PID 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  if curl -fs "$URL/healthz/ready" >/dev/null 2>&1; then break; fi
  sleep 0.5
done
curl -fs "$URL/healthz/ready" >/dev/null || { echo "the API did not become ready; see $OUT/api.log" >&2; exit 1; }

export ARTICLE
echo "== warm-up: 10 s"
wrk -t"$WRK_THREADS" -c"$CONNECTIONS" -d10s -s "$HERE/post.lua" "$URL/v1/check" > "$OUT/warmup.txt"
rss() { awk '/VmRSS/ {print $2}' "/proc/$API_PID/status"; }
echo "RSS after warm-up: $(rss) kB"
( while kill -0 $API_PID 2>/dev/null; do echo "$(date +%s) $(rss)"; sleep 5; done ) > "$OUT/rss.txt" 2>/dev/null &
SAMPLER=$!

echo "== wrk: $WRK_THREADS threads, $CONNECTIONS connections, $DURATION s"
wrk -t"$WRK_THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency -s "$HERE/post.lua" "$URL/v1/check" | tee "$OUT/wrk.txt"
kill $SAMPLER 2>/dev/null || true

echo "== for context, the HTTP stack alone: GET /healthz, 10 s"
wrk -t"$WRK_THREADS" -c"$CONNECTIONS" -d10s "$URL/healthz" | grep -E "Requests/sec|Non-2xx|Socket errors" | tee "$OUT/healthz.txt"
echo "RSS samples (kB, every 5 s): $(awk '{print $2}' "$OUT/rss.txt" | tr '\n' ' ')"

api_rps=$(sed -n 's/.*RESULT.* rps=\([0-9.]*\).*/\1/p' "$OUT/wrk.txt")
errors=$(sed -n 's/.*RESULT.* connect=\([0-9]*\) read=\([0-9]*\) write=\([0-9]*\) status=\([0-9]*\) timeout=\([0-9]*\).*/\1 \2 \3 \4 \5/p' "$OUT/wrk.txt" | awk '{print $1+$2+$3+$4+$5}')
echo "== summary (load average now: $(cut -d' ' -f1-3 /proc/loadavg))"
echo "API requests/s:   $api_rps ($CONNECTIONS connections), errors: $errors"
grep RESULT "$OUT/wrk.txt" | sed 's/^RESULT /API wrk:          /'
for n in $LIB_THREADS; do
  lib_rps=$(sed -n 's/^checks\/s: //p' "$OUT/library-$n.txt")
  awk -v a="$api_rps" -v l="$lib_rps" -v n="$n" 'BEGIN { printf "library checks/s: %s (%d threads); API / library = %.1f%%\n", l, n, 100 * a / l }'
done
