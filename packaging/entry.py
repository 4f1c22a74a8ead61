"""Entry point of the PyInstaller bundle: the same main() as `csmm-desktop`."""

import sys

from csmm_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
