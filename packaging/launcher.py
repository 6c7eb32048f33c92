"""Entry script for frozen builds (PyInstaller): the same CLI as the installed script."""

import sys

from console.cli import main

if __name__ == "__main__":
    sys.exit(main())
