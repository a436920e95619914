#!/usr/bin/env bash
# Makes sure Debian's espeak-ng (with its Mandarin voice `cmn`, in espeak-ng-data) is installed:
# local mode's 朗读 makes its audio with it (cloudfunctions/platform/adapters/local/
# espeak-text-to-speech.ts), and the tests and the readAloud e2e journey use it.
set -euo pipefail
if command -v espeak-ng >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "ensure-espeak: installing espeak-ng with apt-get" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq espeak-ng >/dev/null
  command -v espeak-ng >/dev/null 2>&1 && exit 0
  echo "ensure-espeak: apt-get finished but espeak-ng is still missing" >&2
  exit 1
fi
echo "ensure-espeak: espeak-ng is missing; 朗读 in local mode will answer 朗读失败 until it is installed: sudo apt-get update && sudo apt-get install -y espeak-ng" >&2
