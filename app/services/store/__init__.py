"""SQLite store: connections with safe pragmas, versioned migrations, repositories."""
