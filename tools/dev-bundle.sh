#!/usr/bin/env bash
# Regenerates Vaadin's development bundle, src/main/bundles/dev.bundle: the pre-built frontend
# (Vaadin's components, Blockly, src/main/frontend/**) that lets `./mvnw spring-boot:run` and
# `./mvnw verify` work without Node. Run it after changing anything Vaadin bundles: a file in
# src/main/frontend (except blocks/, which the server sends), an @NpmPackage, @JsModule or
# @CssImport, or the Vaadin version. DevBundleTest fails until the bundle is current again.
#
# Needs Node 24+ (NODE_DIR, default ~/.local/node24). Starts the app in development mode on a
# free port with a throw-away database; Vaadin sees the bundle is out of date and rebuilds it;
# then the app is stopped. Commit src/main/bundles/dev.bundle afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."

NODE_DIR="${NODE_DIR:-$HOME/.local/node24}"
export PATH="$NODE_DIR/bin:$PATH"
major=$(node --version 2>/dev/null | sed 's/^v\([0-9]*\).*/\1/')
if [[ -z "$major" || "$major" -lt 24 ]]; then
    echo "dev-bundle.sh needs Node 24 or newer in $NODE_DIR/bin or on the PATH (found: ${major:-none})" >&2
    exit 1
fi

bundle=src/main/bundles/dev.bundle
log=$(mktemp)
before=$(stat -c %Y "$bundle" 2>/dev/null || echo 0)
# its own process group, so that stopping it also stops the application JVM Maven forks
setsid ./mvnw -q spring-boot:run \
    -Dspring-boot.run.arguments="--server.port=0 --stepwise.database.embedded.ephemeral=true" >"$log" 2>&1 &
group=$!
stop() { kill -- "-$group" 2>/dev/null || true; wait "$group" 2>/dev/null || true; }
trap stop EXIT

echo "Starting the app in development mode (log: $log) ..."
deadline=$((SECONDS + 900))
while true; do
    if grep -q "A development mode bundle build is not needed" "$log"; then
        echo "The dev bundle is already current: nothing to do."
        exit 0
    fi
    if grep -q "Development frontend bundle built" "$log"; then
        # Vaadin compresses the bundle into src/main/bundles right after building it
        for _ in $(seq 1 60); do
            now=$(stat -c %Y "$bundle" 2>/dev/null || echo 0)
            if [[ "$now" -gt "$before" ]]; then
                sleep 2
                echo "Rebuilt $bundle ($(du -h "$bundle" | cut -f1)). Check it with: ./mvnw -q test -Dtest=DevBundleTest"
                exit 0
            fi
            sleep 1
        done
        echo "Vaadin built the bundle but did not write $bundle; see $log" >&2
        exit 1
    fi
    if ! kill -0 "$group" 2>/dev/null || [[ $SECONDS -gt $deadline ]]; then
        echo "The app stopped or took too long before the bundle was built; see $log" >&2
        tail -40 "$log" >&2
        exit 1
    fi
    sleep 2
done
