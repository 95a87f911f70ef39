#!/usr/bin/env bash
# Installs Debian's Chromium and Firefox ESR when they are missing (browser downloads by test tools
# cannot work on these machines; apt can), and upgrades a Firefox ESR older than the add-on's
# strict_min_version (wxt.config.ts), which would refuse to install it.
set -euo pipefail
FIREFOX_MIN_MAJOR=$(grep -oE "strict_min_version: '[0-9]+" "$(dirname "$0")/../wxt.config.ts" | grep -oE '[0-9]+$')
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -x /usr/bin/firefox-esr ] || missing+=(firefox-esr)
if [ -x /usr/bin/firefox-esr ]; then
  major=$(/usr/bin/firefox-esr --version 2>/dev/null | grep -oE '[0-9]+' | head -1 || true)
  if [ -n "$major" ] && [ "$major" -lt "$FIREFOX_MIN_MAJOR" ]; then
    echo "Firefox ESR $major is older than the add-on's minimum ($FIREFOX_MIN_MAJOR): upgrading it."
    missing+=(firefox-esr)
  fi
fi
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ] && ! command -v sudo >/dev/null; then
  echo "Backstory needs ${missing[*]}: install them with apt-get (as root)." >&2
  exit 1
fi
SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO=sudo
echo "Installing ${missing[*]} from apt..."
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
