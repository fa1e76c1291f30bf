#!/usr/bin/env bash
# What a bare Debian machine lacks for the tests: Debian's Chromium for the end-to-end suite
# (playwright-core drives it; no browser download is possible here).
set -euo pipefail
if command -v chromium >/dev/null 2>&1; then exit 0; fi
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
export DEBIAN_FRONTEND=noninteractive
as_root apt-get update -qq
as_root apt-get install -y -qq --no-install-recommends chromium >/dev/null
chromium --version
