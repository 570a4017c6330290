#!/usr/bin/env bash
# Set up nianbao in ./.venv on a fresh machine.
#   bash scripts/setup.sh          # runtime: CPU torch, the project and its dependencies
#   bash scripts/setup.sh --test   # also what the tests need: pytest, a Label Studio server, headless Chromium
# Idempotent: a second run only checks what is there.
set -euo pipefail
cd "$(dirname "$0")/.."

WITH_TEST=0
[ "${1:-}" = "--test" ] && WITH_TEST=1
PY=${PYTHON:-python3}
VENV=${NIANBAO_VENV:-.venv}

if [ ! -x "$VENV/bin/python" ]; then
  echo "setup: creating $VENV"
  "$PY" -m venv "$VENV"
fi
. "$VENV/bin/activate"
pip install -q --disable-pip-version-check --upgrade pip
# The CPU wheel first: a plain `torch` from PyPI would pull several GB of CUDA packages.
python -c "import torch" 2>/dev/null || pip install -q --disable-pip-version-check torch==2.13.0
if [ "$WITH_TEST" = 1 ]; then
  pip install -q --disable-pip-version-check -e ".[test,parquet,ray]"   # parquet: the --table out.parquet test; ray: --engine ray
  [ -f scripts/install_labelstudio.sh ] && bash scripts/install_labelstudio.sh
  if ! command -v chromium >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
      echo "setup: installing headless Chromium (for the HTML view test)"
      (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk >/dev/null) \
        || echo "setup: could not install chromium; the browser tests will be skipped (and .ci/run fails)"
    else
      echo "setup: chromium not found and not root; the browser tests will be skipped (and .ci/run fails)"
    fi
  fi
  if ! command -v tesseract >/dev/null 2>&1 || ! command -v soffice >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
      echo "setup: installing Tesseract OCR (chi_sim) and LibreOffice Writer (for the scanned-PDF and .doc tests)"
      (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
        tesseract-ocr tesseract-ocr-chi-sim libreoffice-writer-nogui >/dev/null) \
        || echo "setup: could not install tesseract/libreoffice; the OCR and .doc tests will be skipped"
    else
      echo "setup: tesseract or soffice not found and not root; the OCR and .doc tests will be skipped"
    fi
  fi
else
  pip install -q --disable-pip-version-check -e .
fi
echo "setup: done ($VENV)"
