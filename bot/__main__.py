"""`python -m bot` is the `factbot` command."""

import sys

from bot.cli import main

sys.exit(main())
