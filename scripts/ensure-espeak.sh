#!/usr/bin/env bash
# Makes sure Debian's espeak-ng (with its Mandarin voice `cmn`, in espeak-ng-data) and lame (the
# MP3 encoder: 3 KB a second instead of espeak's 44 KB of WAV) are installed: local mode's 朗读 makes
# its audio with them (cloudfunctions/platform/adapters/local/espeak-text-to-speech.ts), and the
# tests and the readAloud e2e journey use them.
set -euo pipefail
need=()
command -v espeak-ng >/dev/null 2>&1 || need+=(espeak-ng)
command -v lame >/dev/null 2>&1 || need+=(lame)
if [ ${#need[@]} -eq 0 ]; then
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "ensure-espeak: installing ${need[*]} with apt-get" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq "${need[@]}" >/dev/null
  command -v espeak-ng >/dev/null 2>&1 && command -v lame >/dev/null 2>&1 && exit 0
  echo "ensure-espeak: apt-get finished but espeak-ng or lame is still missing" >&2
  exit 1
fi
echo "ensure-espeak: ${need[*]} missing; without espeak-ng 朗读 in local mode answers 朗读失败, without lame its clips are 7 times larger (sudo apt-get update && sudo apt-get install -y espeak-ng lame)" >&2
