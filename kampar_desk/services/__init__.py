"""User actions: one function per action, one transaction each, plain records out. No Qt here."""
