"""`python -m csmm_desktop` and the `csmm-desktop` entry point."""

import sys

from csmm_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
