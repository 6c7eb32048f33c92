#!/usr/bin/env bash
# The main window, the callback form and the supervisor's dashboard in every interface
# language, as a person sees them (a real window on a virtual screen), into docs/i18n/:
#   tools/screenshots-i18n.sh [LANG...]        # default: en th ru fa
# Each shot starts the demo on a fresh data directory; open the PNGs and look for boxes
# instead of letters, clipped text, English left over and (Persian) a layout not mirrored.
# WAIT=seconds before the keys are typed (default 15: a busy machine starts slower).
# Needs ../shared/tools/screenshot (Xvfb, xdotool, ImageMagick; it installs them) or SCREENSHOT=…
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
shot=${SCREENSHOT:-$here/../shared/tools/screenshot}
[ -x "$shot" ] || { echo "screenshots-i18n: $shot not found; set SCREENSHOT=path/to/screenshot" >&2; exit 2; }
out=$here/docs/i18n
mkdir -p "$out"
langs=${*:-en th ru fa}
export UV_PYTHON_DOWNLOADS=never

take() {  # take LANG NAME USER KEYS
  local lang=$1 name=$2 user=$3 keys=$4 dir png=$out/$2-$1.png try
  for try in 1 2 3; do
    dir=$(mktemp -d)
    # The demo supervisor (console/demo.py) sees the dashboard; the agent Dana works callbacks.
    AGENT_CONSOLE_LANGUAGE=$lang AGENT_CONSOLE_DATA_DIR=$dir/data \
      AGENT_CONSOLE_CONFIG_DIR=$dir/cfg AGENT_CONSOLE_LOG_DIR=$dir/log \
      "$shot" "$png" --wait "${WAIT:-15}" --size 1280x800 ${keys:+--keys "$keys"} \
      -- env -C "$here" uv run agent-console --demo --user "$user" || true
    rm -rf "$dir"
    # An all-black picture: the window was not up yet (a busy machine) - try again.
    if [ -f "$png" ] && [ "$(convert "$png" -format '%[fx:mean>0.02]' info:)" = 1 ]; then
      return 0
    fi
    echo "screenshots-i18n: $png came out empty (try $try), again" >&2
  done
  echo "screenshots-i18n: no picture of $name in $lang; raise WAIT" >&2
  return 1
}

failed=0
for lang in $langs; do
  take "$lang" main-window dana "" || failed=1
  take "$lang" callback-form dana "F8 ctrl+b" || failed=1   # next callback, then promise one
  take "$lang" dashboard riina "ctrl+shift+d" || failed=1
done
ls -1 "$out"
exit $failed
