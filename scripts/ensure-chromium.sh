#!/usr/bin/env bash
# Makes sure Debian's chromium is at /usr/bin/chromium for the e2e run (playwright-core drives it;
# Playwright's own browser download is not used).
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "ensure-chromium: installing Debian's chromium with apt-get" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq chromium >/dev/null
  [ -x /usr/bin/chromium ] && exit 0
  echo "ensure-chromium: apt-get finished but /usr/bin/chromium is still missing" >&2
  exit 1
fi
echo "ensure-chromium: /usr/bin/chromium is missing; install it with: sudo apt-get update && sudo apt-get install -y chromium" >&2
exit 1
