"""``python -m console`` is ``agent-console``."""

import sys

from console.cli import main

sys.exit(main())
