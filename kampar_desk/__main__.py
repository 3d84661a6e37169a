"""`python -m kampar_desk` runs the same entry point as the `kampar-desk` command."""

from kampar_desk.app import main

raise SystemExit(main())
