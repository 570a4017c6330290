#!/usr/bin/env bash
# Install what the Label Studio round trip needs (idempotent; seconds when already installed).
#
#   bash scripts/install_labelstudio.sh            # with the project's venv active (or PYTHON=.venv/bin/python)
#
# Two installs, on purpose:
#   1. the Label Studio *server* (label-studio==$LS_VERSION) goes into its own venv,
#      $NIANBAO_LS_VENV (default ~/.cache/nianbao/venv-labelstudio), because it pins versions our
#      stack cannot take (pyarrow<25 below what datasets uses here, Django 5.2, pytz 2022, ...).
#      tests/ls_server.py starts the server from that venv's `label-studio` binary.
#   2. the *client* label-studio-sdk, at exactly the version that label-studio release pins, goes into
#      the project's venv (the Python that runs `annotate` and the tests).
# The venv lives outside the checkout so a fresh CI clone on the same machine reuses it.
set -euo pipefail

LS_VERSION=${NIANBAO_LS_VERSION:-1.23.2}
LS_VENV=${NIANBAO_LS_VENV:-$HOME/.cache/nianbao/venv-labelstudio}
PROJECT_PY=${PYTHON:-}
if [ -z "$PROJECT_PY" ]; then
  if [ -n "${VIRTUAL_ENV:-}" ]; then PROJECT_PY="$VIRTUAL_ENV/bin/python"; else PROJECT_PY=python3; fi
fi
BASE_PY=${NIANBAO_LS_PYTHON:-python3}
PIP_QUIET=(-q --disable-pip-version-check)
# pip's per-package notes about unreachable local index folders are noise here: keep real errors only
quiet_pip() { "$@" 2> >(grep -v "is ignored: it is neither a file nor a directory" >&2); }

# --- 1. the server -------------------------------------------------------------------------------
have_server() {
  [ -x "$LS_VENV/bin/label-studio" ] &&
    [ "$("$LS_VENV/bin/python" -c 'import importlib.metadata as m; print(m.version("label-studio"))' 2>/dev/null)" = "$LS_VERSION" ]
}
if have_server; then
  echo "install_labelstudio: server label-studio $LS_VERSION already in $LS_VENV"
else
  echo "install_labelstudio: installing label-studio $LS_VERSION into $LS_VENV (a few minutes)"
  t0=$(date +%s)
  # a half-made venv from an interrupted run is rebuilt, not patched
  [ -x "$LS_VENV/bin/python" ] || { rm -rf "$LS_VENV"; mkdir -p "$(dirname "$LS_VENV")"; "$BASE_PY" -m venv "$LS_VENV"; }
  quiet_pip "$LS_VENV/bin/pip" install "${PIP_QUIET[@]}" "label-studio==$LS_VERSION"
  have_server || { echo "install_labelstudio: label-studio did not install into $LS_VENV" >&2; exit 1; }
  echo "install_labelstudio: server installed in $(( $(date +%s) - t0 ))s"
fi

# --- 2. the client SDK, at the version the server pins -------------------------------------------
SDK_VERSION=$("$LS_VENV/bin/python" -c 'import importlib.metadata as m; print(m.version("label-studio-sdk"))')
have_sdk=$("$PROJECT_PY" -c 'import importlib.metadata as m; print(m.version("label-studio-sdk"))' 2>/dev/null || true)
if [ "$have_sdk" = "$SDK_VERSION" ]; then
  echo "install_labelstudio: label-studio-sdk $SDK_VERSION already in $("$PROJECT_PY" -c 'import sys; print(sys.prefix)')"
else
  echo "install_labelstudio: installing label-studio-sdk $SDK_VERSION into $("$PROJECT_PY" -c 'import sys; print(sys.prefix)')"
  quiet_pip "$PROJECT_PY" -m pip install "${PIP_QUIET[@]}" "label-studio-sdk==$SDK_VERSION"
fi
echo "install_labelstudio: done (server: $LS_VENV/bin/label-studio)"
