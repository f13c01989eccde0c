"""Allow ``python -m postdesk``."""

from postdesk.cli.main import main

raise SystemExit(main())
