#!/usr/bin/env bash
# One command for every generated asset: Designer forms -> csmm_desktop/forms/ui_*.py,
# translation sources -> translations/*.ts (lupdate), compiled -> csmm_desktop/i18n/*.qm.
# Usage: tools/build_assets.sh [uic|lupdate|lrelease|all]   (default: all)
set -euo pipefail
cd "$(dirname "$0")/.."
step=${1:-all}
bin=$(dirname "$(command -v python)")
tool() { if [ -x "$bin/$1" ]; then echo "$bin/$1"; else command -v "$1"; fi; }

uic() {
  for ui in ui/*.ui; do
    name=$(basename "$ui" .ui)
    "$(tool pyside6-uic)" --from-imports "$ui" -o "csmm_desktop/forms/ui_${name}.py" 2>/dev/null \
      || "$(tool pyside6-uic)" "$ui" -o "csmm_desktop/forms/ui_${name}.py"
  done
  # uic imports some forty Qt classes into every form; each one a form does not use still
  # costs its type set-up (QGradient's 180 presets...) before the main window can paint.
  "$(tool ruff)" check --isolated --no-cache --quiet --select F401 --fix csmm_desktop/forms/ui_*.py
}
lupdate() {
  # shellcheck disable=SC2046
  "$(tool pyside6-lupdate)" -locations relative -no-obsolete \
    $(find csmm_desktop -name '*.py' -not -path '*/forms/*' | sort) ui/*.ui \
    -target-language tr_TR -ts translations/csmm_desktop_tr.ts
}
lrelease() {
  "$(tool pyside6-lrelease)" translations/csmm_desktop_tr.ts -qm csmm_desktop/i18n/csmm_desktop_tr.qm
}
case "$step" in
  uic) uic ;;
  lupdate) lupdate ;;
  lrelease) lrelease ;;
  all) uic; lupdate; lrelease ;;
  *) echo "usage: $0 [uic|lupdate|lrelease|all]" >&2; exit 2 ;;
esac
