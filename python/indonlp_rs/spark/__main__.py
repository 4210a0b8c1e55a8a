"""``python -m indonlp_rs.spark INPUT OUTPUT``: see ``job.py``."""

import sys

from .job import main

sys.exit(main())
