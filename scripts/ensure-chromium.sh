#!/usr/bin/env bash
# Makes sure Debian's chromium is at /usr/bin/chromium for the e2e run (playwright-core drives it;
# Playwright's own browser download is not used), with a small CJK font (WenQuanYi Micro Hei) so
# the Chinese pages and their screenshots render as text rather than boxes.
set -euo pipefail
need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
fc-list 2>/dev/null | grep -qi 'wenquanyi\|noto sans cjk' || need+=(fonts-wqy-microhei)
if [ ${#need[@]} -eq 0 ]; then
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "ensure-chromium: installing ${need[*]} with apt-get" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq "${need[@]}" >/dev/null
  [ -x /usr/bin/chromium ] && exit 0
  echo "ensure-chromium: apt-get finished but /usr/bin/chromium is still missing" >&2
  exit 1
fi
if [ ! -x /usr/bin/chromium ]; then
  echo "ensure-chromium: /usr/bin/chromium is missing; install it with: sudo apt-get update && sudo apt-get install -y chromium fonts-wqy-microhei" >&2
  exit 1
fi
echo "ensure-chromium: no CJK font found; screenshots will show boxes (sudo apt-get install -y fonts-wqy-microhei)" >&2
