#!/usr/bin/env bash
# Our TURN relay and coturn side by side under the same turnutils_uclient load (not a test).
# Needs coturn (turnserver, turnutils_uclient, turnutils_peer) and a JDK 17+.
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ ! -f turn-relay/target/turn-relay.jar ]; then
  mvn -B -ntp -q -pl turn-relay -am package -DskipTests
fi
exec java bench/relay/RelayBench.java turn-relay/target/turn-relay.jar
