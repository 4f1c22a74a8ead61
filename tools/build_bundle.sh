#!/usr/bin/env bash
# Build the standalone executable: dist/csmm-desktop/ (onedir; CSMM_ONEFILE=1 for one file).
# Needs the project installed with the build extra:  pip install -e ".[build]"
set -euo pipefail
cd "$(dirname "$0")/.."
tools/build_assets.sh lrelease
python -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/csmm_desktop.spec
echo "built: $(du -sh dist/csmm-desktop* | tail -1)"
