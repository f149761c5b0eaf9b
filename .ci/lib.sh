# Helpers shared by the CI scripts. Source it; it expects to run from the repository root.

log() { echo "== $(date -u +%H:%M:%S) $*"; }
fail() { echo "!! $*" >&2; exit 1; }

as_root() {
    if [[ $(id -u) -eq 0 ]]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else fail "need root for: $*"; fi
}

APT_UPDATED=""
apt_install() {
    if [[ -z "$APT_UPDATED" ]]; then as_root apt-get update -qq; APT_UPDATED=1; fi
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

free_port() {
    local p
    for _ in $(seq 1 50); do
        p=$(( (RANDOM % 20000) + 20000 ))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then echo "$p"; return 0; fi
    done
    fail "no free port found"
}

# wait_for_health PORT SECONDS PID : waits until /actuator/health says UP; fails if PID dies first
wait_for_health() {
    local port=$1 seconds=$2 pid=$3 body=""
    for _ in $(seq 1 "$seconds"); do
        if ! kill -0 "$pid" 2>/dev/null; then return 1; fi
        body=$(curl -fsS "http://127.0.0.1:$port/actuator/health" 2>/dev/null || true)
        if [[ "$body" == *'"status":"UP"'* ]]; then echo "$body"; return 0; fi
        sleep 1
    done
    return 1
}
