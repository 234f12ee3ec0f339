#!/usr/bin/env bash
# Build the documentation site with warnings as errors (mkdocs --strict).
#
#   scripts/build_docs.sh            # site/ in the repository root
#   SITE_DIR=/tmp/site scripts/build_docs.sh
#
# PYTHON names the interpreter to install into and build with (default:
# python3); the API reference is read from src/ without importing corpfacts.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python3}"
export NO_MKDOCS_2_WARNING=1  # the theme's notice about its successor is not a build problem
"$PYTHON" -m pip install --quiet --disable-pip-version-check -r docs/requirements.txt
"$PYTHON" -m mkdocs build --strict --site-dir "${SITE_DIR:-site}"
