"""Web plumbing shared by the API and the consoles: the app factory, dependencies (the caller,
permissions), the error format, body limits, request ids and JSON serialisation."""
