#!/usr/bin/env bash
# One command for every generated asset: Designer forms -> csmm_desktop/forms/ui_*.py,
# translation sources -> translations/*.ts (lupdate), compiled -> csmm_desktop/i18n/*.qm.
# Turkish: every message (csmm_desktop_tr.ts). English: the source text is English, so its
# file holds only the plural messages (%n), with their one/other forms (csmm_desktop_en.ts).
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
sources() { find csmm_desktop -name '*.py' -not -path '*/forms/*' | sort; ls ui/*.ui; }
lupdate() {
  # shellcheck disable=SC2046
  "$(tool pyside6-lupdate)" -locations relative -no-obsolete $(sources) \
    -target-language tr_TR -ts translations/csmm_desktop_tr.ts
  # shellcheck disable=SC2046
  "$(tool pyside6-lupdate)" -locations relative -no-obsolete -pluralonly $(sources) \
    -source-language en_GB -target-language en_GB -ts translations/csmm_desktop_en.ts
}
lrelease() {
  for lang in tr en; do
    "$(tool pyside6-lrelease)" "translations/csmm_desktop_${lang}.ts" \
      -qm "csmm_desktop/i18n/csmm_desktop_${lang}.qm"
  done
}
case "$step" in
  uic) uic ;;
  lupdate) lupdate ;;
  lrelease) lrelease ;;
  all) uic; lupdate; lrelease ;;
  *) echo "usage: $0 [uic|lupdate|lrelease|all]" >&2; exit 2 ;;
esac
