#!/usr/bin/env bash
# What a bare Debian machine lacks for the tests: Debian's Chromium for the end-to-end suite
# (playwright-core drives it; no browser download is possible here), and Pandoc, which the
# draft-rendering tests compare Dossier's citations with (they are skipped where it is absent).
set -euo pipefail
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
export DEBIAN_FRONTEND=noninteractive
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v pandoc >/dev/null 2>&1 || missing+=(pandoc)
if [ ${#missing[@]} -gt 0 ]; then
  as_root apt-get update -qq
  as_root apt-get install -y -qq --no-install-recommends chromium >/dev/null
  # Pandoc is a comparison, not a requirement: without it those tests say they were skipped.
  as_root apt-get install -y -qq --no-install-recommends pandoc >/dev/null ||
    echo "pandoc could not be installed; the Pandoc comparison will be skipped"
fi
# The binary itself, not Debian's launcher script: the launcher's memory check prints
# "[: …: unexpected operator" under sh, an alarm about nothing.
if [ -x /usr/lib/chromium/chromium ]; then /usr/lib/chromium/chromium --version; else chromium --version; fi
