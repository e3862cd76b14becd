#!/usr/bin/env bash
# followthemoney (geokg export --format ftm) needs PyICU, which pip builds from source
# against ICU's headers: install Debian's libicu-dev and pkg-config when they are missing.
set -euo pipefail
if pkg-config --exists icu-uc 2>/dev/null; then exit 0; fi
if [ "$(id -u)" -ne 0 ]; then
  echo "error: ICU headers are missing; install Debian's libicu-dev and pkg-config (sudo apt-get install libicu-dev pkg-config)" >&2
  exit 1
fi
echo "installing Debian's libicu-dev and pkg-config (PyICU is built against them)..."
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq libicu-dev pkg-config >/dev/null
