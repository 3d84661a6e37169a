"""Pure rules of the office: workflow, working-day calendar, validation, service standards. No Qt, no database."""
